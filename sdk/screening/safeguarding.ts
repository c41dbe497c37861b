// Plain data and functions only: the zod schemas are in safeguarding-schema.ts, so a page that
// runs screenings loads no schema code.
import type { Questionnaire, SafeguardingResponse } from '../questionnaire/schema.js';
import type {
  Disclosure,
  SafeguardingAction,
  SafeguardingFlag,
  SafeguardingNote,
} from './safeguarding-schema.js';
import { DISCLOSURE_KINDS, SAFEGUARDING_ACTIONS, SAFEGUARDING_TOLD } from './safeguarding-lists.js';

export { DISCLOSURE_KINDS, SAFEGUARDING_ACTIONS, SAFEGUARDING_TOLD };

/** The note for what a run holds, or null when nothing safeguarding-related happened. */
export function safeguardingNoteOf(context: {
  flags: readonly SafeguardingFlag[];
  disclosures?: readonly Disclosure[];
  safeguardingActions?: readonly SafeguardingAction[];
}): SafeguardingNote | null {
  const disclosures = [...(context.disclosures ?? [])];
  const actions = [...(context.safeguardingActions ?? [])];
  if (context.flags.length === 0 && disclosures.length === 0 && actions.length === 0) return null;
  return {
    flags: context.flags.map(({ itemId, kind, raisedAt }) => ({
      itemId,
      ...(kind ? { kind } : {}),
      ...(raisedAt !== undefined ? { raisedAt } : {}),
    })),
    disclosures,
    actions,
  };
}

/** What a service sets once for its own area. */
export interface ServiceSettings {
  /** The local mental health crisis line, as the service wants it shown, e.g. "Crisis line: 0800 …". */
  crisisLine?: string;
}

/**
 * The response guidance for a flag: what to ask next, who to tell today and signposting, with
 * the service's own crisis line put in where the definition names "the local crisis line".
 * Null when the item carries no structured guidance (such as version 1's single question).
 */
export function safeguardingGuidance(
  questionnaire: Questionnaire,
  flag: Pick<SafeguardingFlag, 'itemId'>,
  service: ServiceSettings = {},
): SafeguardingResponse | null {
  const response = questionnaire.items.find((i) => i.id === flag.itemId)?.safeguarding?.response;
  if (!response) return null;
  const local = service.crisisLine?.trim()
    ? service.crisisLine.trim()
    : 'Your local crisis line: your service has not set one yet, so ask your manager for it.';
  return {
    ...response,
    signposting: response.signposting.map((s) => (/local crisis line/i.test(s) ? local : s)),
  };
}

/** Plain-English labels (en-GB) for disclosure kinds, actions and who was told, for hosts' forms. */
export const SAFEGUARDING_LABELS: Readonly<
  Record<
    | (typeof DISCLOSURE_KINDS)[number]
    | (typeof SAFEGUARDING_ACTIONS)[number]
    | (typeof SAFEGUARDING_TOLD)[number],
    string
  >
> = {
  'risk-to-others': 'Risk to other people',
  'domestic-abuse': 'Domestic abuse',
  'child-concern': 'A concern about a child',
  'suicidal-thoughts': 'Thoughts of suicide',
  'self-harm': 'Self-harm',
  exploitation: 'Exploitation (for example cuckooing, county lines or a debt to a person)',
  'other-safeguarding': 'Another safeguarding concern',
  'followed-procedure': 'Followed our safeguarding procedure',
  'stayed-with-person': 'Stayed with the person',
  'safety-plan-agreed': 'Agreed a safety plan with the person',
  signposted: 'Gave the person numbers to call',
  'crisis-service-contacted': 'Contacted a crisis service',
  'emergency-services-called': 'Called 999',
  'adult-safeguarding-concern-raised':
    'Raised an adult safeguarding concern with the local authority',
  'nrm-discussed-with-first-responder':
    'Discussed a National Referral Mechanism referral with a first responder',
  'child-safeguarding-referral': "Made a referral to children's services",
  'police-informed': 'Told the police',
  'other-action': 'Something else',
  'probation-practitioner': 'The probation practitioner',
  'iom-lead': 'The IOM lead',
  manager: 'My manager',
  'safeguarding-lead': 'The safeguarding lead',
  'crisis-team': 'The crisis team',
  police: 'The police',
  ambulance: 'Ambulance service',
  gp: "The person's GP",
  'local-authority': 'The local authority',
  'childrens-services': "Children's services",
  'nobody-yet': 'Nobody yet',
};
