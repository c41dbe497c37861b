// The closed lists of safeguarding disclosures, actions and people told, apart from the guidance
// and the schemas so that both can use them without importing each other.
import { SAFEGUARDING_KINDS } from '../questionnaire/safeguarding-kinds.js';

/**
 * What a practitioner can record that a person disclosed, at any step. No question asks about
 * risk to others, domestic abuse or children, but a person may tell you at any time: the record
 * says that a disclosure of this kind was made, and when, never what was said.
 */
export const DISCLOSURE_KINDS = [
  'risk-to-others',
  'domestic-abuse',
  'child-concern',
  ...SAFEGUARDING_KINDS,
  'other-safeguarding',
] as const;

/** What was done after a safeguarding answer or disclosure. A closed list, so no free text can carry what was said. */
export const SAFEGUARDING_ACTIONS = [
  'followed-procedure',
  'stayed-with-person',
  'safety-plan-agreed',
  'signposted',
  'crisis-service-contacted',
  'emergency-services-called',
  'adult-safeguarding-concern-raised',
  'nrm-discussed-with-first-responder',
  'child-safeguarding-referral',
  'police-informed',
  'other-action',
] as const;

/** Who was told. */
export const SAFEGUARDING_TOLD = [
  'probation-practitioner',
  'iom-lead',
  'manager',
  'safeguarding-lead',
  'crisis-team',
  'police',
  'ambulance',
  'gp',
  'local-authority',
  'childrens-services',
  'nobody-yet',
] as const;
