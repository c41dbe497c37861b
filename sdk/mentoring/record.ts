import * as z from 'zod/mini';
import { OwnAdjustmentSchema } from '../adjustments/plan-record.js';
import { MAX_TEXT_LENGTH } from '../questionnaire/answers.js';
import { CHOSEN_BY, GOAL_KINDS, STEP_STATUSES, STUCK_REASONS, WHO } from './vocabulary.js';

/**
 * The `schemaVersion` every new mentoring plan record carries; it changes only when the record's
 * shape does. Version 2 added goal kinds, who chose a step, a closed list of reasons a step is stuck, the person's own view at each meeting,
 * their self-ratings, their own adjustments, the mentor's details and the next meeting. Version 3
 * keeps the person's own words from each motivation and thinking check beside its self-ratings.
 */
export const MENTORING_PLAN_SCHEMA_VERSION = 3;

// Times come from hosts on events and the machine stores them as given, so the record cannot
// promise more than a string; dates for steps are checked by the machine, so they can be.
const time = /* @__PURE__ */ z.nullable(z.string());
/** The fewest characters a step's description can have. */
export const STEP_TEXT_MIN = 3;
/** The most characters a step's description can have: the record, the machine and the page's box all use it. */
export const STEP_TEXT_MAX = 200;
/** The fewest characters of why a step is stuck. */
export const STUCK_WHY_MIN = 3;
/** The most characters of why a step is stuck. */
export const STUCK_WHY_MAX = 300;
/** The fewest characters of a goal's title. */
export const GOAL_TITLE_MIN = 3;
/** The most characters of a goal's title. */
export const GOAL_TITLE_MAX = 120;
/** The most characters of a plan's reference. */
export const REFERENCE_MAX = 100;

const reason = /* @__PURE__ */ z.nullable(
  z.string().check(z.minLength(STUCK_WHY_MIN), z.maxLength(STUCK_WHY_MAX)),
);
const index = /* @__PURE__ */ z.number().check(z.int(), z.gte(0));
const day = /* @__PURE__ */ z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** The most the person's own view of progress at one meeting can say: the record and the machine's guard both use it. */
export const PERSON_VIEW_MAX = 600;
/**
 * The person's view of how things are going, in their own words, as the mentor wrote it down at a
 * meeting. One rule for the machine's guard and the record: some words, at most `PERSON_VIEW_MAX`.
 */
export const PersonViewSchema = /* @__PURE__ */ z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(PERSON_VIEW_MAX));

/** The mentor as the person's copy shows them: a name and how to reach them (a work phone or email). */
export const MentorSchema = /* @__PURE__ */ z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  contact: z.string().check(z.trim(), z.minLength(3), z.maxLength(120)),
});

/** When and where the next meeting is: a day, a local time (HH:MM, UK time) if agreed, and a place. */
export const NextMeetingSchema = /* @__PURE__ */ z.strictObject({
  date: day,
  time: z.nullable(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/))),
  place: z.nullable(z.string().check(z.trim(), z.minLength(1), z.maxLength(120))),
});

/** The lowest point of a self-rating: 1, "not at all". */
export const SELF_RATING_MIN = 1;
/** The highest point of a self-rating: 5, "very much". */
export const SELF_RATING_MAX = 5;
const questionId = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(60));
const ratings = /* @__PURE__ */ z.record(
  questionId,
  z.number().check(z.int(), z.gte(SELF_RATING_MIN), z.lte(SELF_RATING_MAX)),
);
/**
 * What the person said in their own words at one check, by question id: the check's own rule for
 * a typed answer (some words, at most `MAX_TEXT_LENGTH`), so nothing the check took is refused here.
 */
export const CheckWordsSchema = /* @__PURE__ */ z.record(
  questionId,
  z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TEXT_LENGTH)),
);
/**
 * One motivation and thinking check as the plan keeps it: its self-ratings by question id (1 to 5)
 * and what the person said in their own words, so a later check can be shown beside it in the
 * person's own terms.
 */
export const SelfRatingSchema = /* @__PURE__ */ z.strictObject({
  at: time,
  ratings,
  words: CheckWordsSchema,
});
/** A check as version 2 kept it: self-ratings only. */
const SelfRatingV2Schema = /* @__PURE__ */ z.strictObject({ at: time, ratings });

const check = /* @__PURE__ */ z.nullable(
  z.strictObject({
    questionnaire: z.strictObject({ id: z.string(), version: z.string() }),
    completedAt: time,
  }),
);

/** One step of a goal: what, who, by when (YYYY-MM-DD), how it stands and who chose it. */
export const MentoringStepSchema = /* @__PURE__ */ z.strictObject({
  text: z.string().check(z.minLength(STEP_TEXT_MIN), z.maxLength(STEP_TEXT_MAX)),
  who: z.enum(WHO),
  by: day,
  status: z.enum(STEP_STATUSES),
  /** Why the step is stuck, in the mentor's words; null unless it is. */
  why: reason,
  /** Why it is stuck from a closed list, for counting; null unless it is stuck and a reason was chosen. */
  because: z.nullable(z.enum(STUCK_REASONS)),
  /** Who chose the step; null on plans made before this was recorded. */
  chosenBy: z.nullable(z.enum(CHOSEN_BY)),
});

/**
 * The mentoring plan as a host stores it (version 3): goals in the order the person and mentor
 * agreed, first choice first; their steps; what each meeting changed and what the person said about
 * it; self-ratings and the person's words at each check over time; and the details the person's copy shows.
 */
export const MentoringPlanRecordV3Schema = /* @__PURE__ */ z.strictObject({
  schemaVersion: z.literal(3),
  kind: z.literal('attune.mentoring-plan'),
  /** A host's own pseudonymous reference; Attune never stores a name. */
  reference: z.nullable(z.string()),
  /** The mentor's name and contact, printed on the person's copy. */
  mentor: z.nullable(MentorSchema),
  nextMeeting: z.nullable(NextMeetingSchema),
  /** The practical-support check the plan started from, if any. */
  check,
  suggestedAreas: z.array(z.string()),
  /** Ids of the adjustments agreed for the person, which change how the plan is given to them. */
  adjustments: z.array(z.string()),
  /** Adjustments the person named themselves in their adjustment plan ("meet at the library"). */
  ownAdjustments: z.array(OwnAdjustmentSchema),
  goals: z.array(
    z.strictObject({
      kind: z.enum(GOAL_KINDS),
      area: z.string().check(z.minLength(1)),
      title: z.string().check(z.minLength(GOAL_TITLE_MIN), z.maxLength(GOAL_TITLE_MAX)),
      steps: z.array(MentoringStepSchema),
    }),
  ),
  meetings: z.array(
    z.strictObject({
      at: time,
      updates: z.array(
        z.strictObject({
          goal: index,
          step: index,
          status: z.enum(STEP_STATUSES),
          why: reason,
          because: z.nullable(z.enum(STUCK_REASONS)),
        }),
      ),
      /** How the person sees their progress, in their own words; null if not recorded. */
      view: z.nullable(PersonViewSchema),
    }),
  ),
  selfRatings: z.array(SelfRatingSchema),
  agreedAt: time,
  closedAt: time,
});

/**
 * A plan as version 2 stored it: the same as version 3 but for its self-ratings, which kept no
 * words. Still read, never written.
 */
export const MentoringPlanRecordV2Schema = /* @__PURE__ */ z.extend(MentoringPlanRecordV3Schema, {
  schemaVersion: z.literal(2),
  selfRatings: z.array(SelfRatingV2Schema),
});

/** A plan as version 1 stored it (up to three goals, no meeting views); still read, never written. */
export const MentoringPlanRecordV1Schema = /* @__PURE__ */ z.strictObject({
  schemaVersion: z.literal(1),
  kind: z.literal('attune.mentoring-plan'),
  reference: z.nullable(z.string()),
  check,
  suggestedAreas: z.array(z.string()),
  adjustments: z.array(z.string()),
  goals: z.array(
    z.strictObject({
      area: z.string().check(z.minLength(1)),
      title: z.string().check(z.minLength(3), z.maxLength(120)),
      steps: z.array(
        z.strictObject({
          text: z.string().check(z.minLength(3), z.maxLength(200)),
          who: z.enum(WHO),
          by: day,
          status: z.enum(STEP_STATUSES),
          why: reason,
        }),
      ),
    }),
  ),
  meetings: z.array(
    z.strictObject({
      at: time,
      updates: z.array(
        z.strictObject({ goal: index, step: index, status: z.enum(STEP_STATUSES), why: reason }),
      ),
    }),
  ),
  agreedAt: time,
  closedAt: time,
});
/** A mentoring plan record in the current shape. */
export type MentoringPlanRecord = z.output<typeof MentoringPlanRecordV3Schema>;
/** A plan record as version 2 stored it. */
export type MentoringPlanRecordV2 = z.output<typeof MentoringPlanRecordV2Schema>;
/** A plan record as version 1 stored it. */
export type MentoringPlanRecordV1 = z.output<typeof MentoringPlanRecordV1Schema>;

/**
 * Version 1 to 2: every goal was a practical one; who chose a step, the person's view and
 * self-ratings were not recorded (null or empty, never guessed). Nothing else changes.
 */
export function migrateMentoringPlanV1(v1: MentoringPlanRecordV1): MentoringPlanRecordV2 {
  return {
    schemaVersion: 2,
    kind: 'attune.mentoring-plan',
    reference: v1.reference,
    mentor: null,
    nextMeeting: null,
    check: v1.check,
    suggestedAreas: v1.suggestedAreas,
    adjustments: v1.adjustments,
    ownAdjustments: [],
    goals: v1.goals.map((g) => ({
      kind: 'practical' as const,
      area: g.area,
      title: g.title,
      steps: g.steps.map((s) => ({ ...s, because: null, chosenBy: null })),
    })),
    meetings: v1.meetings.map((m) => ({
      ...m,
      updates: m.updates.map((u) => ({ ...u, because: null })),
      view: null,
    })),
    selfRatings: [],
    agreedAt: v1.agreedAt,
    closedAt: v1.closedAt,
  };
}

/**
 * Version 2 to 3: each check kept its self-ratings only, so the person's words from it were not
 * kept (empty, never guessed). Nothing else changes.
 */
export function migrateMentoringPlanV2(v2: MentoringPlanRecordV2): MentoringPlanRecord {
  return {
    ...v2,
    schemaVersion: 3,
    selfRatings: v2.selfRatings.map((r) => ({ at: r.at, ratings: r.ratings, words: {} })),
  };
}

/** Any stored version of a plan in the current shape, migrated one version at a time. */
export function currentMentoringPlan(
  r: MentoringPlanRecord | MentoringPlanRecordV2 | MentoringPlanRecordV1,
): MentoringPlanRecord {
  if (r.schemaVersion === 1) return migrateMentoringPlanV2(migrateMentoringPlanV1(r));
  return r.schemaVersion === 2 ? migrateMentoringPlanV2(r) : r;
}

/**
 * Reads a mentoring plan record of any version and gives it in the current shape, so plans saved
 * before version 3 still open (migrated on read; the file itself is not changed). Hosts check a
 * stored plan with this schema; the published JSON Schema accepts every version.
 */
export const MentoringPlanRecordSchema = /* @__PURE__ */ z.pipe(
  z.union([MentoringPlanRecordV3Schema, MentoringPlanRecordV2Schema, MentoringPlanRecordV1Schema]),
  z.transform(currentMentoringPlan),
);
