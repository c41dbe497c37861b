import type { XapiActor } from '@attune/sdk/training';
import { keys, read, write } from '../storage';

/**
 * The learner as their training records name them: a random id made once and kept on this
 * device, on the homePage the service configures (PUBLIC_XAPI_HOMEPAGE at build time, else this
 * site). Never the name typed for a certificate, and never shared by two learners.
 */
export function learnerAccount(): XapiActor {
  let id = read(keys.learnerId);
  if (!id) {
    id = crypto.randomUUID();
    write(keys.learnerId, id);
  }
  const homePage = import.meta.env.PUBLIC_XAPI_HOMEPAGE || location.origin;
  return { objectType: 'Agent', account: { homePage, name: id } };
}
