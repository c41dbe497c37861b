import type { ServiceSettings } from '@attune/sdk/screening';
import settings from '../service.json';

/**
 * What the deploying service set in `service.json` at the repository's root, read when the site
 * is built: one place to edit, the same for every page. A blank line is no line, so the panel
 * says to ask for it rather than showing an empty number.
 */
export const service: ServiceSettings = settings.crisisLine.trim()
  ? { crisisLine: settings.crisisLine.trim() }
  : {};
