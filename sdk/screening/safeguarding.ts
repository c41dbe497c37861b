import * as z from 'zod/mini';
import { SAFEGUARDING_KINDS } from '../questionnaire/schema.js';
import type { Questionnaire, SafeguardingResponse } from '../questionnaire/schema.js';
import { IsoTimeOrNullSchema } from '../common/iso-time.js';

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

/** A safeguarding flag raised by an answer: which item, what kind, when, and the message for the practitioner. */
export const SafeguardingFlagSchema = /* @__PURE__ */ z.strictObject({
  itemId: z.string(),
  message: z.string(),
  kind: z.optional(z.enum(SAFEGUARDING_KINDS)),
  raisedAt: z.optional(IsoTimeOrNullSchema),
});
/** A safeguarding flag as `SafeguardingFlagSchema` checks it. */
export type SafeguardingFlag = z.output<typeof SafeguardingFlagSchema>;

/** That a disclosure of a kind was made, at which step and when; never its content. */
export const DisclosureSchema = /* @__PURE__ */ z.strictObject({
  kind: z.enum(DISCLOSURE_KINDS),
  /** The question being asked, or the stage (intro, consent, review), when it was recorded. */
  step: z.string().check(z.maxLength(100)),
  at: IsoTimeOrNullSchema,
});
/** A recorded disclosure. */
export type Disclosure = z.output<typeof DisclosureSchema>;

/** What was done about a flag or disclosure, who was told, and when. */
export const SafeguardingActionSchema = /* @__PURE__ */ z.strictObject({
  about: z.enum(DISCLOSURE_KINDS),
  action: z.enum(SAFEGUARDING_ACTIONS),
  told: z.array(z.enum(SAFEGUARDING_TOLD)).check(z.minLength(1)),
  at: IsoTimeOrNullSchema,
});
/** A recorded safeguarding action. */
export type SafeguardingAction = z.output<typeof SafeguardingActionSchema>;

/**
 * What survives a stopped or declined screening: which flags were raised and when, the
 * disclosures recorded and the actions taken. No answers and no messages, so it says that a
 * concern arose and what was done, never what the person said.
 */
export const SafeguardingNoteSchema = /* @__PURE__ */ z.strictObject({
  flags: z.array(
    z.strictObject({
      itemId: z.string(),
      kind: z.optional(z.enum(SAFEGUARDING_KINDS)),
      raisedAt: z.optional(IsoTimeOrNullSchema),
    }),
  ),
  disclosures: z.array(DisclosureSchema),
  actions: z.array(SafeguardingActionSchema),
});
/** A safeguarding note. */
export type SafeguardingNote = z.output<typeof SafeguardingNoteSchema>;

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
