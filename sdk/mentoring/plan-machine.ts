import { assign, setup } from 'xstate';
import type { NeedsProfile } from '../questionnaire/scoring.js';
import {
  detailsErrors,
  goalErrors,
  goalPlaceErrors,
  meetingErrors,
  nextMeetingErrors,
  selfRatingErrors,
  stepErrors,
  type MentoringError,
} from './plan-errors.js';
import {
  currentMentoringPlan,
  MentorSchema,
  NextMeetingSchema,
  PersonViewSchema,
  type MentoringPlanRecord,
  type MentoringPlanRecordV1,
  type MentoringPlanRecordV2,
} from './record.js';
import {
  EASY_READ_ADJUSTMENTS,
  TEXT_REMINDER_ADJUSTMENTS,
} from '../adjustments/presentation-ids.js';
import { firstChoiceArea } from '../questionnaires/practical-support-ids.js';
import { thinkingArea } from './thinking-areas.js';
import type { ChosenBy, GoalKind, StepStatus, StuckReason, Who } from './vocabulary.js';

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
/** One motivation and thinking check as the plan keeps it: self-ratings by question id (1 to 5) and the person's own words by question id. */
export interface SelfRating {
  at: string | null;
  ratings: Record<string, number>;
  words: Record<string, string>;
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
   * first, which also brings an older version's record up to date). It opens closed if it has `closedAt`,
   * active if it was agreed (`agreedAt`) or has meetings, and otherwise where its goals and steps
   * show it was; the other inputs are then ignored. Send `at` on NEXT and CLOSE so the record keeps them.
   */
  plan?: MentoringPlanRecord | MentoringPlanRecordV2 | MentoringPlanRecordV1;
}

/**
 * Events the mentoring-plan machine accepts. `at` on ADD_STEP and SET_NEXT_MEETING, and `now` on
 * RECORD_MEETING, is "now" (an ISO date-time with the host's local offset, or the local day
 * YYYY-MM-DD): a step or next meeting before its day, or a meeting after it, is refused, and the
 * machine never reads a clock. An event the machine cannot take in its state, or whose payload
 * breaks a rule, leaves the plan as it was with `errors` saying why.
 */
export type MentoringEvent =
  /** `kind` is 'thinking' for a thinking area (`THINKING_AREAS`) and 'practical' otherwise, unless sent. */
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
      /** The day of the meeting (a date or date-time); mentors often write a meeting up later. */
      at?: string;
      /** Today, so a meeting after it is refused; without it the meeting's day is not checked. */
      now?: string;
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
  | {
      type: 'RECORD_SELF_RATING';
      at?: string;
      ratings: Record<string, number>;
      /** What the person said in their own words at the check, by question id. */
      words?: Record<string, string>;
    }
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
  /** Every problem with the last refused event, all at once, so a form can show them together. */
  errors: readonly MentoringError[];
  /** The first of `errors`, or null. */
  error: MentoringError | null;
}

/** The errors of a refused event as context: all of them, and the first on its own. */
const failed = (errors: MentoringError[]) => ({ errors, error: errors[0] ?? null });
const NOT_NOW: MentoringError = {
  code: 'not-now',
  message: 'That cannot be done at this stage of the plan',
};

/** What is wrong with moving a goal: both places must be goals in the plan. */
function moveErrors(
  context: MentoringContext,
  event: { goal?: unknown; to?: unknown },
): MentoringError[] {
  const n = context.goals.length;
  return [...goalPlaceErrors(n, event.goal), ...goalPlaceErrors(n, event.to, 'to')];
}
/** What is wrong with removing a step: it must be a step of a goal in the plan. */
function removeStepErrors(
  context: MentoringContext,
  event: { goal?: unknown; step?: unknown },
): MentoringError[] {
  const goal = goalPlaceErrors(context.goals.length, event.goal);
  if (goal.length) return goal;
  const steps = context.goals[event.goal as number]!.steps.length;
  return goalPlaceErrors(steps, event.step, 'step').map((e) => ({
    ...e,
    code: 'no-such-step' as const,
    message: 'There is no step at that place in the plan',
  }));
}

/**
 * The mentoring action plan: agree goals with the person in the order they choose (practical ones
 * and ones about their thinking and decisions), the steps for each (who does what by when), then
 * record progress at each meeting (done, in progress, or stuck and why) with the person's own view.
 */
export function createMentoringPlanMachine() {
  return setup({
    types: {} as {
      context: MentoringContext;
      events: MentoringEvent;
      input: MentoringPlanInput | void;
      output: MentoringContext;
    },
    // Each guard is "the event has no errors": the rules are written once, in plan-errors.ts.
    guards: {
      goalValid: ({ context, event }) =>
        event.type === 'ADD_GOAL' && goalErrors(context.goals.length, event).length === 0,
      removeValid: ({ context, event }) =>
        event.type === 'REMOVE_GOAL' &&
        goalPlaceErrors(context.goals.length, event.goal).length === 0,
      moveValid: ({ context, event }) =>
        event.type === 'MOVE_GOAL' && moveErrors(context, event).length === 0,
      hasGoals: ({ context }) => context.goals.length > 0,
      stepValid: ({ context, event }) =>
        event.type === 'ADD_STEP' && stepErrors(context.goals.length, event).length === 0,
      removeStepValid: ({ context, event }) =>
        event.type === 'REMOVE_STEP' && removeStepErrors(context, event).length === 0,
      everyGoalHasSteps: ({ context }) => context.goals.every((g) => g.steps.length > 0),
      meetingValid: ({ context, event }) =>
        event.type === 'RECORD_MEETING' && meetingErrors(context.goals, event).length === 0,
      detailsValid: ({ event }) =>
        event.type === 'SET_DETAILS' && detailsErrors(event).length === 0,
      nextMeetingValid: ({ event }) =>
        event.type === 'SET_NEXT_MEETING' && nextMeetingErrors(event).length === 0,
      ratingValid: ({ event }) =>
        event.type === 'RECORD_SELF_RATING' && selfRatingErrors(event).length === 0,
    },
    actions: {
      addGoal: assign(({ context, event }) =>
        event.type === 'ADD_GOAL'
          ? {
              goals: [
                ...context.goals,
                {
                  kind: event.kind ?? (thinkingArea(event.area.trim()) ? 'thinking' : 'practical'),
                  area: event.area.trim(),
                  title: event.title.trim(),
                  steps: [],
                },
              ],
              ...failed([]),
            }
          : {},
      ),
      goalError: assign(({ context, event }) =>
        failed(event.type === 'ADD_GOAL' ? goalErrors(context.goals.length, event) : []),
      ),
      removeGoal: assign(({ context, event }) =>
        event.type === 'REMOVE_GOAL'
          ? { goals: context.goals.filter((_, i) => i !== event.goal), ...failed([]) }
          : {},
      ),
      removeGoalError: assign(({ context, event }) =>
        failed(
          event.type === 'REMOVE_GOAL' ? goalPlaceErrors(context.goals.length, event.goal) : [],
        ),
      ),
      moveGoal: assign(({ context, event }) => {
        if (event.type !== 'MOVE_GOAL') return {};
        const goals = [...context.goals];
        const [moved] = goals.splice(event.goal, 1);
        goals.splice(event.to, 0, moved!);
        return { goals, ...failed([]) };
      }),
      moveError: assign(({ context, event }) =>
        failed(event.type === 'MOVE_GOAL' ? moveErrors(context, event) : []),
      ),
      noGoals: assign(() => failed([{ code: 'no-goals', message: 'Agree at least one goal' }])),
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
        return { goals, ...failed([]) };
      }),
      stepError: assign(({ context, event }) =>
        failed(event.type === 'ADD_STEP' ? stepErrors(context.goals.length, event) : []),
      ),
      removeStep: assign(({ context, event }) =>
        event.type === 'REMOVE_STEP'
          ? {
              goals: context.goals.map((g, i) =>
                i === event.goal ? { ...g, steps: g.steps.filter((_, j) => j !== event.step) } : g,
              ),
              ...failed([]),
            }
          : {},
      ),
      removeStepError: assign(({ context, event }) =>
        failed(event.type === 'REMOVE_STEP' ? removeStepErrors(context, event) : []),
      ),
      missingSteps: assign(() =>
        failed([{ code: 'missing-steps', message: 'Add at least one step for every goal' }]),
      ),
      agree: assign(({ event }) => ({
        agreedAt: event.type === 'NEXT' ? (event.at ?? null) : null,
        ...failed([]),
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
          ...failed([]),
        };
      }),
      meetingError: assign(({ context, event }) =>
        failed(event.type === 'RECORD_MEETING' ? meetingErrors(context.goals, event) : []),
      ),
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
              ...failed([]),
            }
          : {},
      ),
      detailsError: assign(({ event }) =>
        failed(event.type === 'SET_DETAILS' ? detailsErrors(event) : []),
      ),
      setNextMeeting: assign(({ event }) =>
        event.type === 'SET_NEXT_MEETING'
          ? {
              nextMeeting: NextMeetingSchema.parse({
                date: event.date,
                time: event.time ?? null,
                place: event.place ?? null,
              }),
              ...failed([]),
            }
          : {},
      ),
      nextMeetingError: assign(({ event }) =>
        failed(event.type === 'SET_NEXT_MEETING' ? nextMeetingErrors(event) : []),
      ),
      recordSelfRating: assign(({ context, event }) =>
        event.type === 'RECORD_SELF_RATING'
          ? {
              selfRatings: [
                ...context.selfRatings,
                {
                  at: event.at ?? null,
                  ratings: { ...event.ratings },
                  words: Object.fromEntries(
                    Object.entries(event.words ?? {}).map(([k, v]) => [k, v.trim()]),
                  ),
                },
              ],
              ...failed([]),
            }
          : {},
      ),
      ratingError: assign(({ event }) =>
        failed(event.type === 'RECORD_SELF_RATING' ? selfRatingErrors(event) : []),
      ),
      close: assign(({ event }) => ({
        closedAt: event.type === 'CLOSE' ? (event.at ?? null) : null,
        ...failed([]),
      })),
      clearError: assign(() => failed([])),
      notNow: assign(() => failed([NOT_NOW])),
    },
  }).createMachine({
    id: 'mentoring-plan',
    context: ({ input }) => {
      if (input?.plan) {
        const copy = JSON.parse(JSON.stringify(input.plan)) as NonNullable<
          MentoringPlanInput['plan']
        >;
        const { schemaVersion: _v, kind: _k, ...plan } = currentMentoringPlan(copy);
        return { ...plan, ...failed([]) };
      }
      const check = input?.check;
      const first = check ? firstChoiceArea(check.answers) : null;
      const barriers = (check?.profile.domains ?? [])
        .filter((d) => d.level === 'strong' || d.level === 'some')
        .sort((a, b) => (a.level === b.level ? 0 : a.level === 'strong' ? -1 : 1))
        .map((d) => d.domain);
      const suggestedAreas = first ? [first, ...barriers.filter((a) => a !== first)] : barriers;
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
        ...failed([]),
      };
    },
    // Details, the next meeting and self-ratings can be set at any point before the plan closes.
    // Any other event the plan's state does not take is refused with an error, never ignored.
    on: {
      '*': { actions: 'notNow' },
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
          REMOVE_GOAL: [
            { guard: 'removeValid', actions: 'removeGoal' },
            { actions: 'removeGoalError' },
          ],
          MOVE_GOAL: [{ guard: 'moveValid', actions: 'moveGoal' }, { actions: 'moveError' }],
          NEXT: [
            { guard: 'hasGoals', target: 'planningSteps', actions: 'clearError' },
            { actions: 'noGoals' },
          ],
        },
      },
      planningSteps: {
        on: {
          ADD_STEP: [{ guard: 'stepValid', actions: 'addStep' }, { actions: 'stepError' }],
          REMOVE_STEP: [
            { guard: 'removeStepValid', actions: 'removeStep' },
            { actions: 'removeStepError' },
          ],
          // Order is agreed before the plan is: meetings refer to goals by their place in it.
          MOVE_GOAL: [{ guard: 'moveValid', actions: 'moveGoal' }, { actions: 'moveError' }],
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
          ADD_STEP: [{ guard: 'stepValid', actions: 'addStep' }, { actions: 'stepError' }],
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
  const any = (ids: readonly string[]) => ids.some((id) => context.adjustments.includes(id));
  return {
    easyRead: any(EASY_READ_ADJUSTMENTS),
    textReminders: any(TEXT_REMINDER_ADJUSTMENTS),
  };
}

/** The plan as a JSON record a host can store: goals, steps, each meeting's progress. */
export function mentoringPlanRecord(context: MentoringContext): MentoringPlanRecord {
  const { error: _error, errors: _errors, ...plan } = context;
  return { schemaVersion: 3 as const, kind: 'attune.mentoring-plan' as const, ...plan };
}
