import * as z from 'zod/mini';
import { SETTING_IDS } from '../adjustments/settings.js';
import { SharingLinesSchema } from './consent.js';
import { DaySchema } from './dates.js';

/** The `schemaVersion` every review record carries. */
export const REVIEW_SCHEMA_VERSION = 1;
/** Was the adjustment put in place: yes, partly or no. */
export const IN_PLACE = ['yes', 'partly', 'no'] as const;
/** Why an adjustment was not put in place. */
export const WHY_NOT = ['not-offered', 'not-possible-here', 'person-declined'] as const;
/** Did it help, on the three-point Easy Read scale the person answers. */
export const HELPED = ['helped', 'helped-a-bit', 'did-not-help'] as const;
/** What happens to the adjustment next. */
export const NEXT_STEP = ['keep', 'change', 'stop'] as const;

/** The Easy Read words for each point of the scale, said to the person as they are written. */
export const HELPED_WORDS: Record<(typeof HELPED)[number], string> = {
  helped: 'It helped',
  'helped-a-bit': 'It helped a bit',
  'did-not-help': 'It did not help',
};
/** Plain words for each answer, written once for pages, letters and tables. */
export const IN_PLACE_WORDS: Record<(typeof IN_PLACE)[number], string> = {
  yes: 'Yes',
  partly: 'Partly',
  no: 'No',
};
/** Plain words for each reason an adjustment was not in place. */
export const WHY_NOT_WORDS: Record<(typeof WHY_NOT)[number], string> = {
  'not-offered': 'It was not offered',
  'not-possible-here': 'It was not possible here',
  'person-declined': 'The person did not want it',
};
/** Plain words for keep, change and stop. */
export const NEXT_STEP_WORDS: Record<(typeof NEXT_STEP)[number], string> = {
  keep: 'Keep it',
  change: 'Change it',
  stop: 'Stop it',
};

const words = (max: number) => z.nullable(z.string().check(z.maxLength(max)));
/** The longest reason for reviewing a plan before its date. */
export const EARLY_REASON_MAX = 300;
/** Appointments kept or missed: a whole number the practitioner counted, 0 to 1000. */
export const AppointmentCountSchema = /* @__PURE__ */ z
  .number()
  .check(z.int(), z.gte(0), z.lte(1000));

/**
 * What was found about one agreed adjustment. The rules between the answers (why not only when
 * it was not in place, did it help only when it was at least partly, what to change to only when
 * changing) are checked by `reviewAnswerErrors`, which builds its entry and checks it with this schema.
 */
export const AdjustmentReviewSchema = /* @__PURE__ */ z.strictObject({
  /** A catalogue adjustment by id, or one of the person's own by its title. */
  adjustment: z.union([
    z.strictObject({ id: z.string().check(z.minLength(1)) }),
    z.strictObject({ own: z.string().check(z.minLength(3), z.maxLength(120)) }),
  ]),
  inPlace: z.enum(IN_PLACE),
  whyNot: z.nullable(z.enum(WHY_NOT)),
  helped: z.nullable(z.enum(HELPED)),
  /** What the person said about it, in their words. */
  personWords: words(500),
  practitionerView: words(500),
  next: z.enum(NEXT_STEP),
  changeTo: z.nullable(z.string().check(z.minLength(3), z.maxLength(120))),
});
/** One adjustment's review, as `AdjustmentReviewSchema` checks it. */
export type AdjustmentReview = z.output<typeof AdjustmentReviewSchema>;

/** A plan review: when it was due and done, each agreed adjustment's outcome, and the next review. */
export const ReviewRecordSchema = /* @__PURE__ */ z.strictObject({
  schemaVersion: z.literal(REVIEW_SCHEMA_VERSION),
  kind: z.literal('attune.review'),
  reference: z.nullable(z.string().check(z.maxLength(100))),
  /** The plan's need areas and setting, so evidence can be read by need and by setting. */
  needs: z.array(z.string()),
  setting: z.nullable(z.enum(SETTING_IDS)),
  planAgreedAt: z.nullable(z.string()),
  dueOn: DaySchema,
  reviewedOn: DaySchema,
  /** Why the review came before its date, when it did. */
  earlyBecause: words(EARLY_REASON_MAX),
  adjustments: z.array(AdjustmentReviewSchema),
  /** Appointments kept and missed since the plan started, as the practitioner counted them. */
  appointments: z.nullable(
    z.strictObject({ kept: AppointmentCountSchema, missed: AppointmentCountSchema }),
  ),
  nextReviewOn: DaySchema,
  /** Added when the review is exported: `sharingStatement` as it stood that day. */
  sharing: SharingLinesSchema,
});
/** A plan review, as `ReviewRecordSchema` checks it. */
export type ReviewRecord = z.output<typeof ReviewRecordSchema>;
