import { assign, setup } from 'xstate';
import { isCalendarDate } from '../common/calendar-date.js';
import { isIsoDateTime } from '../common/iso-date-time.js';
import type { NeedsProfile } from '../questionnaire/scoring.js';
import {
  MentorSchema,
  migrateMentoringPlanV1,
  NextMeetingSchema,
  PersonViewSchema,
  SelfRatingSchema,
  type MentoringPlanRecord,
  type MentoringPlanRecordV1,
} from './record.js';
import {
  CHOSEN_BY,
  GOAL_KINDS,
  STEP_STATUSES,
  STUCK_REASONS,
  WHO,
  type ChosenBy,
  type GoalKind,
  type StepStatus,
  type StuckReason,
  type Who,
} from './vocabulary.js';

/**
 * The most goals a plan holds. How many to work on is the person's and mentor's choice, first
 * choice first; the cap keeps the plan something a person can hold in mind and keeps the printed
 * copy to one A4 page.
 */
export const MAX_GOALS = 5;

/** One step towards a goal: what, who does it, by when, how it stands, and who chose it. */
export interface Step {
  text: string;
  who: Who;
  by: string;
  status: StepStatus;
  why: string | null;
  because: StuckReason | null;
  chosenBy: ChosenBy | null;
}
/** A goal agreed with the person, practical or about their thinking and decisions, with its steps. */
export interface Goal {
  kind: GoalKind;
  area: string;
  title: string;
  steps: Step[];
}
/** One mentoring meeting: when, the step updates recorded at it, and the person's own view. */
export interface Meeting {
  at: string | null;
  updates: {
    goal: number;
    step: number;
    status: StepStatus;
    why: string | null;
    because: StuckReason | null;
  }[];
  view: string | null;
}
/** An adjustment the person named themselves, as their adjustment plan's `own` list holds it. */
export interface OwnAdjustment {
  title: string;
  detail: string | null;
}
/** The mentor as the person's copy shows them. */
export interface Mentor {
  name: string;
  contact: string;
}
/** The next meeting: a day, a UK local time (HH:MM) if agreed, and where. */
export interface NextMeeting {
  date: string;
  time: string | null;
  place: string | null;
}
/** Self-ratings from one motivation and thinking check, by question id (1 to 5). */
export interface SelfRating {
  at: string | null;
  ratings: Record<string, number>;
}

/** What the plan starts from: the practical-support check's record, and an agreed adjustment plan if there is one. */
export interface MentoringPlanInput {
  check?: {
    questionnaire: { id: string; version: string };
    completedAt: string | null;
    profile: NeedsProfile;
    answers: Record<string, unknown>;
  };
  /** Ids of adjustments agreed in the person's adjustment plan; they change how the plan is given to them. */
  agreedAdjustments?: readonly string[];
  /** Adjustments the person named themselves in their adjustment plan (its `own` list). */
  ownAdjustments?: readonly OwnAdjustment[];
  reference?: string;
  mentor?: Mentor;
  /**
   * A plan to carry on, as `mentoringPlanRecord()` gave it (check it with `MentoringPlanRecordSchema`
   * first, which also brings a version 1 record up to date). It opens closed if it has `closedAt`,
   * active if it was agreed (`agreedAt`) or has meetings, and otherwise where its goals and steps
   * show it was; the other inputs are then ignored. Send `at` on NEXT and CLOSE so the record keeps them.
   */
  plan?: MentoringPlanRecord | MentoringPlanRecordV1;
}

/**
 * Events the mentoring-plan machine accepts. `at` on ADD_STEP and SET_NEXT_MEETING is "now" (an ISO
 * date-time with the host's local offset, or the local day YYYY-MM-DD): dates before its day are
 * refused, and the machine never reads a clock.
 */
export type MentoringEvent =
  | { type: 'ADD_GOAL'; area: string; title: string; kind?: GoalKind }
  | { type: 'REMOVE_GOAL'; goal: number }
  | { type: 'MOVE_GOAL'; goal: number; to: number }
  | {
      type: 'ADD_STEP';
      goal: number;
      text: string;
      who: Who;
      by: string;
      at: string;
      chosenBy?: ChosenBy;
    }
  | { type: 'REMOVE_STEP'; goal: number; step: number }
  | { type: 'NEXT'; at?: string }
  | { type: 'BACK' }
  | {
      type: 'RECORD_MEETING';
      at?: string;
      /** `because` is why a stuck step is stuck, from `STUCK_REASONS`, beside the words in `why`. */
      updates: {
        goal: number;
        step: number;
        status: StepStatus;
        why?: string;
        because?: StuckReason;
      }[];
      /** The person's own view of progress, in their words. */
      view?: string;
    }
  | { type: 'SET_DETAILS'; reference?: string | null; mentor?: Mentor | null }
  | {
      type: 'SET_NEXT_MEETING';
      date: string;
      time?: string | null;
      place?: string | null;
      at: string;
    }
  | { type: 'RECORD_SELF_RATING'; at?: string; ratings: Record<string, number> }
  | { type: 'CLOSE'; at?: string };

/** The mentoring plan as it stands: goals, steps, meetings and the dates it was agreed and closed. */
export interface MentoringContext {
  reference: string | null;
  mentor: Mentor | null;
  nextMeeting: NextMeeting | null;
  check: { questionnaire: { id: string; version: string }; completedAt: string | null } | null;
  /** Areas where the check found a barrier, the person's first choice first. */
  suggestedAreas: string[];
  adjustments: string[];
  ownAdjustments: OwnAdjustment[];
  /** In the order agreed with the person, their first choice first. */
  goals: Goal[];
  meetings: Meeting[];
  selfRatings: SelfRating[];
  agreedAt: string | null;
  closedAt: string | null;
  error: string | null;
}

const text = (s: unknown, min: number, max: number): s is string =>
  typeof s === 'string' && s.trim().length >= min && s.trim().length <= max;

/**
 * The day `at` falls on, as the host wrote it (its local day), or null if `at` is not a real
 * date or date-time. Steps and meetings cannot be set before it.
 */
export function dayOf(at: unknown): string | null {
  if (isCalendarDate(at)) return at;
  return isIsoDateTime(at) ? at.slice(0, 10) : null;
}
/** True when `date` is a real day on or after the day of `at`. */
const notPast = (date: unknown, at: unknown): boolean => {
  const today = dayOf(at);
  return isCalendarDate(date) && today !== null && date >= today;
};

/**
 * The mentoring action plan: agree goals with the person in the order they choose (practical ones
 * and ones about their thinking and decisions), the steps for each (who does what by when), then
 * record progress at each meeting (done, in progress, or stuck and why) with the person's own view.
 */
export function createMentoringPlanMachine() {
  const stepExists = (c: MentoringContext, g: number, s: number) =>
    Number.isInteger(g) && Number.isInteger(s) && !!c.goals[g]?.steps[s];
  const goalExists = (c: MentoringContext, g: unknown) =>
    typeof g === 'number' && Number.isInteger(g) && !!c.goals[g];
  return setup({
    types: {} as {
      context: MentoringContext;
      events: MentoringEvent;
      input: MentoringPlanInput | void;
      output: MentoringContext;
    },
    guards: {
      goalValid: ({ context, event }) =>
        event.type === 'ADD_GOAL' &&
        context.goals.length < MAX_GOALS &&
        (event.kind === undefined || (GOAL_KINDS as readonly string[]).includes(event.kind)) &&
        text(event.area, 1, 60) &&
        text(event.title, 3, 120),
      moveValid: ({ context, event }) =>
        event.type === 'MOVE_GOAL' &&
        goalExists(context, event.goal) &&
        goalExists(context, event.to),
      hasGoals: ({ context }) => context.goals.length > 0,
      stepValid: ({ context, event }) =>
        event.type === 'ADD_STEP' &&
        goalExists(context, event.goal) &&
        text(event.text, 3, 200) &&
        (WHO as readonly string[]).includes(event.who) &&
        (event.chosenBy === undefined ||
          (CHOSEN_BY as readonly string[]).includes(event.chosenBy)) &&
        notPast(event.by, event.at),
      stepInPast: ({ event }) =>
        event.type === 'ADD_STEP' &&
        isCalendarDate(event.by) &&
        dayOf(event.at) !== null &&
        event.by < dayOf(event.at)!,
      everyGoalHasSteps: ({ context }) => context.goals.every((g) => g.steps.length > 0),
      meetingValid: ({ context, event }) =>
        event.type === 'RECORD_MEETING' &&
        Array.isArray(event.updates) &&
        (event.updates.length > 0 || event.view !== undefined) &&
        (event.view === undefined || PersonViewSchema.safeParse(event.view).success) &&
        event.updates.every(
          (u) =>
            stepExists(context, u.goal, u.step) &&
            (STEP_STATUSES as readonly string[]).includes(u.status) &&
            (u.because === undefined ||
              (u.status === 'stuck' && (STUCK_REASONS as readonly string[]).includes(u.because))) &&
            (u.status !== 'stuck' || text(u.why, 3, 300)),
        ),
      detailsValid: ({ event }) =>
        event.type === 'SET_DETAILS' &&
        (event.reference === undefined ||
          event.reference === null ||
          text(event.reference, 1, 100)) &&
        (event.mentor === undefined ||
          event.mentor === null ||
          MentorSchema.safeParse(event.mentor).success),
      nextMeetingValid: ({ event }) =>
        event.type === 'SET_NEXT_MEETING' &&
        NextMeetingSchema.safeParse({
          date: event.date,
          time: event.time ?? null,
          place: event.place ?? null,
        }).success &&
        notPast(event.date, event.at),
      ratingValid: ({ event }) =>
        event.type === 'RECORD_SELF_RATING' &&
        Object.keys(event.ratings ?? {}).length > 0 &&
        SelfRatingSchema.safeParse({ at: event.at ?? null, ratings: event.ratings }).success,
    },
    actions: {
      addGoal: assign(({ context, event }) =>
        event.type === 'ADD_GOAL'
          ? {
              goals: [
                ...context.goals,
                {
                  kind: event.kind ?? 'practical',
                  area: event.area,
                  title: event.title.trim(),
                  steps: [],
                },
              ],
              error: null,
            }
          : {},
      ),
      goalError: assign(({ context }) => ({
        error:
          context.goals.length >= MAX_GOALS
            ? `Agree at most ${MAX_GOALS} goals at a time`
            : 'Describe the goal in 3 to 120 characters',
      })),
      removeGoal: assign(({ context, event }) =>
        event.type === 'REMOVE_GOAL'
          ? { goals: context.goals.filter((_, i) => i !== event.goal) }
          : {},
      ),
      moveGoal: assign(({ context, event }) => {
        if (event.type !== 'MOVE_GOAL') return {};
        const goals = [...context.goals];
        const [moved] = goals.splice(event.goal, 1);
        goals.splice(event.to, 0, moved!);
        return { goals, error: null };
      }),
      noGoals: assign({ error: 'Agree at least one goal' }),
      addStep: assign(({ context, event }) => {
        if (event.type !== 'ADD_STEP') return {};
        const goals = context.goals.map((g, i) =>
          i === event.goal
            ? {
                ...g,
                steps: [
                  ...g.steps,
                  {
                    text: event.text.trim(),
                    who: event.who,
                    by: event.by,
                    status: 'not-started' as StepStatus,
                    why: null,
                    because: null,
                    chosenBy: event.chosenBy ?? 'together',
                  },
                ],
              }
            : g,
        );
        return { goals, error: null };
      }),
      stepError: assign({
        error:
          'Give each step a short description, who will do it and a date in the form YYYY-MM-DD',
      }),
      pastStepError: assign({
        error: 'Choose a date for the step from today onwards, not one in the past',
      }),
      removeStep: assign(({ context, event }) =>
        event.type === 'REMOVE_STEP'
          ? {
              goals: context.goals.map((g, i) =>
                i === event.goal ? { ...g, steps: g.steps.filter((_, j) => j !== event.step) } : g,
              ),
            }
          : {},
      ),
      missingSteps: assign({ error: 'Add at least one step for every goal' }),
      agree: assign(({ event }) => ({
        agreedAt: event.type === 'NEXT' ? (event.at ?? null) : null,
        error: null,
      })),
      recordMeeting: assign(({ context, event }) => {
        if (event.type !== 'RECORD_MEETING') return {};
        const updates = event.updates.map((u) => ({
          goal: u.goal,
          step: u.step,
          status: u.status,
          why: u.status === 'stuck' ? u.why!.trim() : null,
          because: u.status === 'stuck' ? (u.because ?? null) : null,
        }));
        const goals = context.goals.map((g, gi) => ({
          ...g,
          steps: g.steps.map((s, si) => {
            const u = updates.find((x) => x.goal === gi && x.step === si);
            return u ? { ...s, status: u.status, why: u.why, because: u.because } : s;
          }),
        }));
        const view = event.view === undefined ? null : PersonViewSchema.parse(event.view);
        return {
          goals,
          meetings: [...context.meetings, { at: event.at ?? null, updates, view }],
          error: null,
        };
      }),
      meetingError: assign({
        error:
          'Say what happened to each step, and why when a step is stuck; the person’s own view can be up to 600 characters',
      }),
      setDetails: assign(({ context, event }) =>
        event.type === 'SET_DETAILS'
          ? {
              reference:
                event.reference === undefined
                  ? context.reference
                  : event.reference === null
                    ? null
                    : event.reference.trim(),
              mentor:
                event.mentor === undefined
                  ? context.mentor
                  : event.mentor === null
                    ? null
                    : MentorSchema.parse(event.mentor),
              error: null,
            }
          : {},
      ),
      detailsError: assign({
        error:
          'Give a reference of up to 100 characters, and the mentor’s name and a phone number or email',
      }),
      setNextMeeting: assign(({ event }) =>
        event.type === 'SET_NEXT_MEETING'
          ? {
              nextMeeting: NextMeetingSchema.parse({
                date: event.date,
                time: event.time ?? null,
                place: event.place ?? null,
              }),
              error: null,
            }
          : {},
      ),
      nextMeetingError: assign({
        error: 'Give the next meeting a date from today onwards, a time like 14:30 and a place',
      }),
      recordSelfRating: assign(({ context, event }) =>
        event.type === 'RECORD_SELF_RATING'
          ? {
              selfRatings: [
                ...context.selfRatings,
                { at: event.at ?? null, ratings: { ...event.ratings } },
              ],
              error: null,
            }
          : {},
      ),
      ratingError: assign({ error: 'Each self-rating is a whole number from 1 to 5' }),
      close: assign(({ event }) => ({
        closedAt: event.type === 'CLOSE' ? (event.at ?? null) : null,
      })),
      clearError: assign({ error: null }),
    },
  }).createMachine({
    id: 'mentoring-plan',
    context: ({ input }) => {
      if (input?.plan) {
        const copy = JSON.parse(JSON.stringify(input.plan)) as
          MentoringPlanRecord | MentoringPlanRecordV1;
        const {
          schemaVersion: _v,
          kind: _k,
          ...plan
        } = copy.schemaVersion === 1 ? migrateMentoringPlanV1(copy) : copy;
        return { ...plan, error: null };
      }
      const check = input?.check;
      const first =
        typeof check?.answers['first-change'] === 'string'
          ? (check.answers['first-change'] as string)
          : null;
      const barriers = (check?.profile.domains ?? [])
        .filter((d) => d.level === 'strong' || d.level === 'some')
        .sort((a, b) => (a.level === b.level ? 0 : a.level === 'strong' ? -1 : 1))
        .map((d) => d.domain);
      const suggestedAreas =
        first && first !== 'something-else'
          ? [first, ...barriers.filter((a) => a !== first)]
          : barriers;
      return {
        reference: input?.reference ?? null,
        mentor: input?.mentor ? { ...input.mentor } : null,
        nextMeeting: null,
        check: check
          ? { questionnaire: { ...check.questionnaire }, completedAt: check.completedAt }
          : null,
        suggestedAreas,
        adjustments: [...(input?.agreedAdjustments ?? [])],
        ownAdjustments: (input?.ownAdjustments ?? []).map((o) => ({ ...o })),
        goals: [],
        meetings: [],
        selfRatings: [],
        agreedAt: null,
        closedAt: null,
        error: null,
      };
    },
    // Details, the next meeting and self-ratings can be set at any point before the plan closes.
    on: {
      SET_DETAILS: [{ guard: 'detailsValid', actions: 'setDetails' }, { actions: 'detailsError' }],
      SET_NEXT_MEETING: [
        { guard: 'nextMeetingValid', actions: 'setNextMeeting' },
        { actions: 'nextMeetingError' },
      ],
      RECORD_SELF_RATING: [
        { guard: 'ratingValid', actions: 'recordSelfRating' },
        { actions: 'ratingError' },
      ],
    },
    // A new plan starts with its goals; a plan carried on from a record opens where it was left.
    initial: 'opening',
    states: {
      opening: {
        always: [
          { guard: ({ context }) => context.closedAt !== null, target: 'closed' },
          {
            guard: ({ context }) =>
              context.goals.length > 0 &&
              (context.agreedAt !== null || context.meetings.length > 0),
            target: 'active',
          },
          {
            guard: ({ context }) =>
              context.goals.length > 0 && context.goals.every((g) => g.steps.length > 0),
            target: 'planningSteps',
          },
          { target: 'choosingGoals' },
        ],
      },
      choosingGoals: {
        on: {
          ADD_GOAL: [{ guard: 'goalValid', actions: 'addGoal' }, { actions: 'goalError' }],
          REMOVE_GOAL: { actions: 'removeGoal' },
          MOVE_GOAL: { guard: 'moveValid', actions: 'moveGoal' },
          NEXT: [
            { guard: 'hasGoals', target: 'planningSteps', actions: 'clearError' },
            { actions: 'noGoals' },
          ],
        },
      },
      planningSteps: {
        on: {
          ADD_STEP: [
            { guard: 'stepValid', actions: 'addStep' },
            { guard: 'stepInPast', actions: 'pastStepError' },
            { actions: 'stepError' },
          ],
          REMOVE_STEP: { actions: 'removeStep' },
          // Order is agreed before the plan is: meetings refer to goals by their place in it.
          MOVE_GOAL: { guard: 'moveValid', actions: 'moveGoal' },
          BACK: { target: 'choosingGoals', actions: 'clearError' },
          NEXT: [
            { guard: 'everyGoalHasSteps', target: 'active', actions: 'agree' },
            { actions: 'missingSteps' },
          ],
        },
      },
      active: {
        on: {
          RECORD_MEETING: [
            { guard: 'meetingValid', actions: 'recordMeeting' },
            { actions: 'meetingError' },
          ],
          ADD_STEP: [
            { guard: 'stepValid', actions: 'addStep' },
            { guard: 'stepInPast', actions: 'pastStepError' },
            { actions: 'stepError' },
          ],
          CLOSE: { target: 'closed', actions: 'close' },
        },
      },
      closed: { type: 'final' },
    },
    output: ({ context }) => context,
  });
}
/** The machine `createMentoringPlanMachine` returns, for typing actors and snapshots. */
export type MentoringPlanMachine = ReturnType<typeof createMentoringPlanMachine>;

/** How to give the plan to the person, from their agreed adjustments. */
export function presentation(context: Pick<MentoringContext, 'adjustments'>): {
  easyRead: boolean;
  textReminders: boolean;
} {
  const has = (id: string) => context.adjustments.includes(id);
  return {
    easyRead: has('easy-read-documents') || has('plain-english-letters'),
    textReminders: has('text-reminders'),
  };
}

/** The plan as a JSON record a host can store: goals, steps, each meeting's progress. */
export function mentoringPlanRecord(context: MentoringContext): MentoringPlanRecord {
  const { error: _error, ...plan } = context;
  return { schemaVersion: 2 as const, kind: 'attune.mentoring-plan' as const, ...plan };
}
