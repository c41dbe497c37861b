import * as z from 'zod/mini';
import { isCalendarDate } from '../common/calendar-date.js';
import type { FlowError } from '../common/flow-error.js';
import { isIsoDateTime } from '../common/iso-date-time.js';
import { MAX_TEXT_LENGTH } from '../questionnaire/answers.js';
import {
  CheckWordsSchema,
  GOAL_TITLE_MAX,
  GOAL_TITLE_MIN,
  MentoringStepSchema,
  MentorSchema,
  NextMeetingSchema,
  PERSON_VIEW_MAX,
  PersonViewSchema,
  REFERENCE_MAX,
  SELF_RATING_MAX,
  SELF_RATING_MIN,
  SelfRatingSchema,
  STEP_TEXT_MAX,
  STEP_TEXT_MIN,
  STUCK_WHY_MAX,
  STUCK_WHY_MIN,
} from './record.js';
import { GOAL_KINDS } from './vocabulary.js';

// What is wrong with each event the mentoring plan machine takes, all at once, by the record's own
// schemas: the machine's guards are "no errors", so a rule is written here and nowhere else, and
// pages show these errors rather than checking again.

/**
 * The most goals a plan holds. How many to work on is the person's and mentor's choice, first
 * choice first; the cap keeps the plan something a person can hold in mind and keeps the printed
 * copy to one A4 page.
 */
export const MAX_GOALS = 5;

/** Why the plan machine refused an event: a stable code, a message to show as it is, and the event's field. */
export type MentoringError = FlowError<
  | 'goal-title'
  | 'goal-area'
  | 'goal-kind'
  | 'goals-full'
  | 'no-goals'
  | 'no-such-goal'
  | 'no-such-step'
  | 'step-text'
  | 'step-who'
  | 'step-by'
  | 'step-past'
  | 'step-chosen-by'
  | 'today'
  | 'missing-steps'
  | 'meeting-empty'
  | 'meeting-date'
  | 'meeting-future'
  | 'step-status'
  | 'stuck-why'
  | 'stuck-because'
  | 'view-length'
  | 'reference'
  | 'mentor-name'
  | 'mentor-contact'
  | 'next-date'
  | 'next-past'
  | 'next-time'
  | 'next-place'
  | 'ratings'
  | 'words'
  | 'not-now'
>;

const problem = (code: MentoringError['code'], message: string, field?: string): MentoringError =>
  field === undefined ? { code, message } : { code, message, field };
const ok = (schema: z.ZodMiniType, value: unknown) => schema.safeParse(value).success;
const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

/**
 * The day `at` falls on, as the host wrote it (its local day), or null if `at` is not a real
 * date or date-time. Steps and meetings cannot be set before it.
 */
export function dayOf(at: unknown): string | null {
  if (isCalendarDate(at)) return at;
  return isIsoDateTime(at) ? at.slice(0, 10) : null;
}

/** The area a goal is about: a short id, such as a check's area or a thinking area. */
export const GoalAreaSchema = /* @__PURE__ */ z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(60));
/** A goal's title in the person's words, as the record holds it. */
export const GoalTitleSchema = /* @__PURE__ */ z
  .string()
  .check(z.trim(), z.minLength(GOAL_TITLE_MIN), z.maxLength(GOAL_TITLE_MAX));
/** A plan's reference: the host's own pseudonymous one, some characters, at most `REFERENCE_MAX`. */
export const ReferenceSchema = /* @__PURE__ */ z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(REFERENCE_MAX));
const GoalIndexSchema = /* @__PURE__ */ z.number().check(z.int(), z.gte(0));

/** What is wrong with adding a goal, given how many the plan has. */
export function goalErrors(
  goals: number,
  event: { area?: unknown; title?: unknown; kind?: unknown },
): MentoringError[] {
  if (goals >= MAX_GOALS)
    return [problem('goals-full', `Agree at most ${MAX_GOALS} goals at a time`, 'title')];
  const errors: MentoringError[] = [];
  if (!ok(GoalAreaSchema, event.area))
    errors.push(problem('goal-area', 'Choose what the goal is about', 'area'));
  if (event.kind !== undefined && !(GOAL_KINDS as readonly unknown[]).includes(event.kind))
    errors.push(
      problem('goal-kind', 'A goal is either practical or about thinking and decisions', 'kind'),
    );
  if (!ok(GoalTitleSchema, event.title))
    errors.push(
      problem(
        'goal-title',
        `Describe the goal in ${GOAL_TITLE_MIN} to ${GOAL_TITLE_MAX} characters`,
        'title',
      ),
    );
  return errors;
}

/** An error when `goal` is not the place of a goal in the plan. */
export function goalPlaceErrors(goals: number, goal: unknown, field = 'goal'): MentoringError[] {
  return ok(GoalIndexSchema, goal) && (goal as number) < goals
    ? []
    : [problem('no-such-goal', 'There is no goal at that place in the plan', field)];
}

const step = MentoringStepSchema.shape;

/**
 * What is wrong with a new step, all at once: its words, who does it, its date (missing, not a
 * real date, or before the day of `at`), who chose it, and `at` itself, which the machine needs
 * to know what today is (it never reads a clock).
 */
export function stepErrors(
  goals: number,
  event: {
    goal?: unknown;
    text?: unknown;
    who?: unknown;
    by?: unknown;
    at?: unknown;
    chosenBy?: unknown;
  },
): MentoringError[] {
  const errors = goalPlaceErrors(goals, event.goal);
  if (!ok(step.text, trimmed(event.text)))
    errors.push(
      problem(
        'step-text',
        `Say what needs doing, in ${STEP_TEXT_MIN} to ${STEP_TEXT_MAX} characters`,
        'text',
      ),
    );
  if (!ok(step.who, event.who)) errors.push(problem('step-who', 'Choose who will do it', 'who'));
  const today = dayOf(event.at);
  if (typeof event.by !== 'string' || !event.by.replace(/-/g, '').trim())
    errors.push(problem('step-by', 'Enter the date the step should be done by', 'by'));
  else if (!isCalendarDate(event.by))
    errors.push(problem('step-by', 'Enter a real date for the step, for example 27 3 2027', 'by'));
  else if (today !== null && event.by < today)
    errors.push(
      problem(
        'step-past',
        'Choose a date for the step from today onwards, not one in the past',
        'by',
      ),
    );
  if (event.chosenBy !== undefined && !ok(step.chosenBy, event.chosenBy))
    errors.push(problem('step-chosen-by', 'Say who chose this step', 'chosenBy'));
  if (today === null)
    errors.push(
      problem('today', 'Send today’s date as `at`, so the step’s date can be checked', 'at'),
    );
  return errors;
}

/** One step's update at a meeting, as `RECORD_MEETING` carries it. */
interface UpdateLike {
  goal?: unknown;
  step?: unknown;
  status?: unknown;
  why?: unknown;
  because?: unknown;
}

/**
 * What is wrong with recording a meeting, all at once: the day it was (a real date, not after the
 * day of `now` when that is sent), each step's update (a step in the plan, a status, and for a
 * stuck step why, in words and from the list), and the person's own view.
 */
export function meetingErrors(
  goals: readonly { steps: readonly { text: string }[] }[],
  event: { at?: unknown; now?: unknown; updates?: unknown; view?: unknown },
): MentoringError[] {
  const errors: MentoringError[] = [];
  const met = event.at === undefined ? null : dayOf(event.at);
  const today = event.now === undefined ? null : dayOf(event.now);
  if (event.at !== undefined && met === null)
    errors.push(problem('meeting-date', 'Enter the date you met, for example 27 3 2027', 'at'));
  else if (met !== null && today !== null && met > today)
    errors.push(problem('meeting-future', 'The meeting date must be today or earlier', 'at'));
  if (event.now !== undefined && today === null)
    errors.push(problem('today', 'Send today’s date as `now`, or leave it out', 'now'));
  const updates: UpdateLike[] = Array.isArray(event.updates) ? event.updates : [];
  if (!Array.isArray(event.updates) || (updates.length === 0 && event.view === undefined))
    errors.push(
      problem(
        'meeting-empty',
        'Say how at least one step stands, or what the person said',
        'updates',
      ),
    );
  updates.forEach((u, i) => {
    const at = `updates.${i}`;
    const s =
      typeof u?.goal === 'number' && typeof u.step === 'number'
        ? goals[u.goal]?.steps[u.step]
        : undefined;
    if (!s || !Number.isInteger(u.goal) || !Number.isInteger(u.step)) {
      errors.push(
        problem('no-such-step', 'There is no step at that place in the plan', `${at}.step`),
      );
      return;
    }
    if (!ok(step.status, u.status))
      errors.push(problem('step-status', `Say how this step stands: “${s.text}”`, `${at}.status`));
    const stuck = u.status === 'stuck';
    if (stuck && (typeof u.why !== 'string' || !ok(step.why, u.why.trim())))
      errors.push(
        problem(
          'stuck-why',
          `Say why this step is stuck, in ${STUCK_WHY_MIN} to ${STUCK_WHY_MAX} characters: “${s.text}”`,
          `${at}.why`,
        ),
      );
    if (u.because !== undefined && (!stuck || u.because === null || !ok(step.because, u.because)))
      errors.push(
        problem(
          'stuck-because',
          `Choose why the step is stuck from the list, only when it is stuck: “${s.text}”`,
          `${at}.because`,
        ),
      );
  });
  if (event.view !== undefined && !ok(PersonViewSchema, event.view))
    errors.push(
      problem(
        'view-length',
        `Write the person’s view in ${PERSON_VIEW_MAX} characters or fewer`,
        'view',
      ),
    );
  return errors;
}

const mentor = MentorSchema.shape;
/** What is wrong with the plan's details: the reference, and the mentor's name and contact. */
export function detailsErrors(event: { reference?: unknown; mentor?: unknown }): MentoringError[] {
  const errors: MentoringError[] = [];
  if (
    event.reference !== undefined &&
    event.reference !== null &&
    !ok(ReferenceSchema, event.reference)
  )
    errors.push(
      problem('reference', `The reference can be up to ${REFERENCE_MAX} characters`, 'reference'),
    );
  if (event.mentor !== undefined && event.mentor !== null) {
    const m = (typeof event.mentor === 'object' ? event.mentor : {}) as Record<string, unknown>;
    if (!ok(mentor.name, m.name))
      errors.push(
        problem('mentor-name', 'Enter the mentor’s name, up to 80 characters', 'mentor.name'),
      );
    if (!ok(mentor.contact, m.contact))
      errors.push(
        problem(
          'mentor-contact',
          'Enter a phone number or email for the mentor, 3 to 120 characters',
          'mentor.contact',
        ),
      );
    if (errors.length === 0 && !ok(MentorSchema, m))
      errors.push(problem('mentor-name', 'Give the mentor only a name and a contact', 'mentor'));
  }
  return errors;
}

const next = NextMeetingSchema.shape;
/** What is wrong with the next meeting: its day (missing, not real, or before the day of `at`), time and place. */
export function nextMeetingErrors(event: {
  date?: unknown;
  time?: unknown;
  place?: unknown;
  at?: unknown;
}): MentoringError[] {
  const errors: MentoringError[] = [];
  const today = dayOf(event.at);
  if (typeof event.date !== 'string' || !event.date.replace(/-/g, '').trim())
    errors.push(
      problem(
        'next-date',
        'Enter the date of the next meeting, or leave the time and place empty',
        'date',
      ),
    );
  else if (!isCalendarDate(event.date))
    errors.push(
      problem('next-date', 'Enter a real date for the next meeting, for example 27 3 2027', 'date'),
    );
  else if (today !== null && event.date < today)
    errors.push(problem('next-past', 'Give the next meeting a date from today onwards', 'date'));
  if (event.time !== undefined && event.time !== null && !ok(next.time, event.time))
    errors.push(problem('next-time', 'Enter the time like 14:30, using the 24-hour clock', 'time'));
  if (event.place !== undefined && event.place !== null && !ok(next.place, event.place))
    errors.push(problem('next-place', 'The place can be up to 120 characters', 'place'));
  if (today === null)
    errors.push(
      problem('today', 'Send today’s date as `at`, so the meeting’s date can be checked', 'at'),
    );
  return errors;
}

/** What is wrong with a check's self-ratings and words as the plan would keep them. */
export function selfRatingErrors(event: { ratings?: unknown; words?: unknown }): MentoringError[] {
  const errors: MentoringError[] = [];
  const ratings = event.ratings;
  if (
    typeof ratings !== 'object' ||
    ratings === null ||
    Object.keys(ratings).length === 0 ||
    !ok(SelfRatingSchema.shape.ratings, ratings)
  )
    errors.push(
      problem(
        'ratings',
        `Each self-rating is a whole number from ${SELF_RATING_MIN} to ${SELF_RATING_MAX}`,
        'ratings',
      ),
    );
  if (event.words !== undefined && !ok(CheckWordsSchema, event.words))
    errors.push(
      problem(
        'words',
        `Each answer in the person’s own words needs some words, ${MAX_TEXT_LENGTH} characters or fewer`,
        'words',
      ),
    );
  return errors;
}
