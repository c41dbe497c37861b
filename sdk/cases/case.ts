import * as z from 'zod/mini';
import { isCalendarDate } from '../common/calendar-date.js';
import { IsoTimeOrNullSchema } from '../common/iso-time.js';
import { ScreeningRecordSchema } from '../screening/record-schema.js';
import { ScreeningEndedNoteSchema } from '../screening/ended-note.js';
import { AdjustmentPlanSchema } from '../adjustments/plan-record.js';
import { MentoringPlanRecordSchema } from '../mentoring/record.js';
import { ReviewRecordSchema } from '../follow-up/review-record.js';
import { ReferralRecordSchema } from '../follow-up/referral-record.js';
import { PassportSchema } from '../follow-up/passport.js';
import { OutcomeRecordSchema } from '../follow-up/outcome-record.js';
import { KNOWN_QUESTIONNAIRES } from '../evidence/categories.js';

/** The `schemaVersion` every case carries; it changes only when the case's shape does. */
export const CASE_SCHEMA_VERSION = 1;

/** Ids of cases and entries: made by the host (a random UUID is ideal), never from a name. */
export const CaseIdSchema = /* @__PURE__ */ z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'Use 1 to 64 letters, digits, - or _'));

/** A calendar day written YYYY-MM-DD, when something happened as the practitioner records it. */
export const CaseDaySchema = /* @__PURE__ */ z
  .string()
  .check(z.refine(isCalendarDate, 'Use a real date written YYYY-MM-DD'));

const note = /* @__PURE__ */ z.nullable(z.string().check(z.maxLength(500)));

/** What a practitioner decided at a plan review. */
export const REVIEW_OUTCOMES = ['working', 'change', 'stop'] as const;
/** Where a referral stands. Only `waiting` counts towards "waiting too long". */
export const REFERRAL_STATUSES = ['waiting', 'accepted', 'seen', 'declined', 'withdrawn'] as const;

/**
 * One thing in a person's timeline. Records the SDK defines (screenings, ended-screening notes,
 * practical-support checks and their ended notes, adjustment plans, mentoring plans, and the follow-up pages' reviews, referrals and passports)
 * are kept whole. `plan-review`, `referral` and `safeguarding-action` are the case's own small
 * entries, typed on /cases/ by hand; `review` and `referral-record` are the full follow-up records
 * made on the follow-up pages inside a case.
 */
export const CaseEntrySchema = /* @__PURE__ */ z.discriminatedUnion('kind', [
  z.strictObject({
    id: CaseIdSchema,
    on: CaseDaySchema,
    kind: z.literal('screening'),
    record: ScreeningRecordSchema,
  }),
  z.strictObject({
    id: CaseIdSchema,
    on: CaseDaySchema,
    kind: z.literal('screening-ended'),
    record: ScreeningEndedNoteSchema,
  }),
  z.strictObject({
    id: CaseIdSchema,
    on: CaseDaySchema,
    /** A practical-support check: run like a screening, but not a screening of needs. */
    kind: z.literal('check'),
    record: ScreeningRecordSchema,
  }),
  z.strictObject({
    id: CaseIdSchema,
    on: CaseDaySchema,
    kind: z.literal('check-ended'),
    record: ScreeningEndedNoteSchema,
  }),
  z.strictObject({
    id: CaseIdSchema,
    on: CaseDaySchema,
    kind: z.literal('adjustment-plan'),
    record: AdjustmentPlanSchema,
  }),
  z.strictObject({
    id: CaseIdSchema,
    on: CaseDaySchema,
    kind: z.literal('plan-review'),
    /** The id of the adjustment-plan entry reviewed. */
    plan: CaseIdSchema,
    outcome: z.enum(REVIEW_OUTCOMES),
    /** When to look at the plan again; null when no further review is planned. */
    nextReview: z.nullable(CaseDaySchema),
    note,
  }),
  z.strictObject({
    id: CaseIdSchema,
    on: CaseDaySchema,
    kind: z.literal('referral'),
    /** The service referred to, in the practitioner's words ("GP for ADHD assessment"). */
    to: z.string().check(z.minLength(2), z.maxLength(120)),
    consentToShare: z.boolean(),
    status: z.enum(REFERRAL_STATUSES),
    note,
  }),
  z.strictObject({
    id: CaseIdSchema,
    on: CaseDaySchema,
    kind: z.literal('review'),
    record: ReviewRecordSchema,
  }),
  z.strictObject({
    id: CaseIdSchema,
    on: CaseDaySchema,
    kind: z.literal('referral-record'),
    record: ReferralRecordSchema,
  }),
  z.strictObject({
    id: CaseIdSchema,
    on: CaseDaySchema,
    kind: z.literal('passport'),
    record: PassportSchema,
  }),
  z.strictObject({
    id: CaseIdSchema,
    on: CaseDaySchema,
    kind: z.literal('mentoring-plan'),
    record: MentoringPlanRecordSchema,
  }),
  z.strictObject({
    id: CaseIdSchema,
    on: CaseDaySchema,
    kind: z.literal('outcome'),
    /** Appointments, enforcement, work and accommodation as recorded on the day. */
    record: OutcomeRecordSchema,
  }),
  z.strictObject({
    id: CaseIdSchema,
    on: CaseDaySchema,
    kind: z.literal('safeguarding-action'),
    /** The id of the screening entry whose safeguarding flags this action answers. */
    about: CaseIdSchema,
    action: z.string().check(z.minLength(3), z.maxLength(500)),
  }),
]);
/** One entry in a case's timeline. */
export type CaseEntry = z.output<typeof CaseEntrySchema>;
/** The kinds of entry a case holds. */
export type CaseEntryKind = CaseEntry['kind'];

/**
 * A person on a practitioner's caseload: their reference, and their records over time. It never
 * needs a name; `displayName` is for the practitioner's own device and bundles leave it out.
 */
export const CaseSchema = /* @__PURE__ */ z
  .strictObject({
    schemaVersion: z.literal(CASE_SCHEMA_VERSION),
    kind: z.literal('attune.case'),
    id: CaseIdSchema,
    /** The practitioner's own reference for the person: a case reference or initials. */
    reference: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
    displayName: z.nullable(z.string().check(z.trim(), z.maxLength(100))),
    openedOn: CaseDaySchema,
    closedOn: z.nullable(CaseDaySchema),
    /** When the case last changed, as an ISO time; merging uses it only to describe conflicts. */
    updatedAt: IsoTimeOrNullSchema,
    entries: z.array(CaseEntrySchema),
  })
  .check(
    z.refine(
      (c) => new Set(c.entries.map((e) => e.id)).size === c.entries.length,
      'Each entry in a case needs its own id',
    ),
    z.refine((c) => {
      const kinds = new Map(c.entries.map((e) => [e.id, e.kind]));
      return c.entries.every((e) =>
        e.kind === 'plan-review'
          ? kinds.get(e.plan) === 'adjustment-plan'
          : e.kind === 'safeguarding-action'
            ? kinds.get(e.about) === 'screening' || kinds.get(e.about) === 'check'
            : true,
      );
    }, 'A review must name a plan in the same case, and a safeguarding action a screening or check in it'),
    z.refine(
      (c) =>
        c.entries.every(
          (e) =>
            (e.kind !== 'check' && e.kind !== 'check-ended') ||
            isCheckQuestionnaire(e.record.questionnaire.id),
        ),
      'A check entry must hold a practical-support check, not a screening',
    ),
  );
/** A case as `CaseSchema` checks it. */
export type Case = z.output<typeof CaseSchema>;

/** True for the questionnaire of a practical-support check, whose records are not screenings. */
export const isCheckQuestionnaire = (id: string): boolean =>
  Object.hasOwn(KNOWN_QUESTIONNAIRES, id) &&
  KNOWN_QUESTIONNAIRES[id as keyof typeof KNOWN_QUESTIONNAIRES].kind === 'practical-support-check';

/**
 * The entry kind a finished record from a screening-like run belongs under: a practical-support
 * check is a `check`, anything else a `screening`; an ended note likewise. Hosts and pages that
 * take a record from a file use it, so a check is never counted as the person's screening.
 */
export function runEntryKind(record: {
  kind?: unknown;
  questionnaire: { id: string };
}): 'screening' | 'screening-ended' | 'check' | 'check-ended' {
  const check = isCheckQuestionnaire(record.questionnaire.id);
  if (record.kind === 'screening-ended') return check ? 'check-ended' : 'screening-ended';
  return check ? 'check' : 'screening';
}

/** A new, empty case. Ids and times come from the host, so the SDK stays deterministic. */
export function newCase(input: {
  id: string;
  reference: string;
  displayName?: string | null;
  openedOn: string;
  at?: string | null;
}): Case {
  return CaseSchema.parse({
    schemaVersion: CASE_SCHEMA_VERSION,
    kind: 'attune.case',
    id: input.id,
    reference: input.reference,
    displayName: input.displayName?.trim() ? input.displayName : null,
    openedOn: input.openedOn,
    closedOn: null,
    updatedAt: input.at ?? null,
    entries: [],
  });
}

/** A case's entries in date order (oldest first); entries on one day keep the order they were added. */
export function timeline(c: Case): CaseEntry[] {
  return c.entries
    .map((e, i) => [e, i] as const)
    .sort(([a, i], [b, j]) => (a.on < b.on ? -1 : a.on > b.on ? 1 : i - j))
    .map(([e]) => e);
}
