import * as z from 'zod/mini';
import { SAFEGUARDING_KINDS } from '../questionnaire/safeguarding-kinds.js';
import { IsoTimeOrNullSchema } from '../common/iso-time.js';
import { DISCLOSURE_KINDS, SAFEGUARDING_ACTIONS, SAFEGUARDING_TOLD } from './safeguarding-lists.js';

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
