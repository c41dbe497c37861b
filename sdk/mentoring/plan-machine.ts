import { assign, setup } from 'xstate';
import { isCalendarDate } from '../common/calendar-date.js';
import type { NeedsProfile } from '../questionnaire/scoring.js';
import type { MentoringPlanRecord } from './record.js';
import { STEP_STATUSES, WHO, type StepStatus, type Who } from './vocabulary.js';

/** The most goals a mentoring plan holds at once, so the plan stays manageable. */
export const MAX_GOALS = 3;

/** One step towards a goal: what, who does it, by when, and how it stands. */
export interface Step {
  text: string;
  who: Who;
  by: string;
  status: StepStatus;
  why: string | null;
}
/** A goal agreed with the person in one practical area, with its steps. */
export interface Goal {
  area: string;
  title: string;
  steps: Step[];
}
/** One mentoring meeting: when, and the step updates recorded at it. */
export interface Meeting {
  at: string | null;
  updates: { goal: number; step: number; status: StepStatus; why: string | null }[];
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
  reference?: string;
  /**
   * A plan to carry on, as `mentoringPlanRecord()` gave it (check it with `MentoringPlanRecordSchema`
   * first). It opens closed if it has `closedAt`, active if it was agreed (`agreedAt`) or has
   * meetings, and otherwise where its goals and steps show it was; `check` and
   * `agreedAdjustments` are then ignored. Send `at` on NEXT and CLOSE so the record keeps them.
   */
  plan?: MentoringPlanRecord;
}

/** Events the mentoring-plan machine accepts: add or remove goals and steps, move on or back, record a meeting, close the plan. */
export type MentoringEvent =
  | { type: 'ADD_GOAL'; area: string; title: string }
  | { type: 'REMOVE_GOAL'; goal: number }
  | { type: 'ADD_STEP'; goal: number; text: string; who: Who; by: string }
  | { type: 'REMOVE_STEP'; goal: number; step: number }
  | { type: 'NEXT'; at?: string }
  | { type: 'BACK' }
  | {
      type: 'RECORD_MEETING';
      at?: string;
      updates: { goal: number; step: number; status: StepStatus; why?: string }[];
    }
  | { type: 'CLOSE'; at?: string };

/** The mentoring plan as it stands: goals, steps, meetings and the dates it was agreed and closed. */
export interface MentoringContext {
  reference: string | null;
  check: { questionnaire: { id: string; version: string }; completedAt: string | null } | null;
  /** Areas where the check found a barrier, the person's first choice first. */
  suggestedAreas: string[];
  adjustments: string[];
  goals: Goal[];
  meetings: Meeting[];
  agreedAt: string | null;
  closedAt: string | null;
  error: string | null;
}

const text = (s: unknown, min: number, max: number): s is string =>
  typeof s === 'string' && s.trim().length >= min && s.trim().length <= max;

/**
 * The mentoring action plan: agree up to three goals with the person, the steps for each (who does
 * what by when), then record progress at each meeting (done, in progress, or stuck and why).
 */
export function createMentoringPlanMachine() {
  const stepExists = (c: MentoringContext, g: number, s: number) =>
    Number.isInteger(g) && Number.isInteger(s) && !!c.goals[g]?.steps[s];
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
        text(event.area, 1, 60) &&
        text(event.title, 3, 120),
      hasGoals: ({ context }) => context.goals.length > 0,
      stepValid: ({ context, event }) =>
        event.type === 'ADD_STEP' &&
        !!context.goals[event.goal] &&
        text(event.text, 3, 200) &&
        (WHO as readonly string[]).includes(event.who) &&
        isCalendarDate(event.by),
      everyGoalHasSteps: ({ context }) => context.goals.every((g) => g.steps.length > 0),
      meetingValid: ({ context, event }) =>
        event.type === 'RECORD_MEETING' &&
        Array.isArray(event.updates) &&
        event.updates.length > 0 &&
        event.updates.every(
          (u) =>
            stepExists(context, u.goal, u.step) &&
            (STEP_STATUSES as readonly string[]).includes(u.status) &&
            (u.status !== 'stuck' || text(u.why, 3, 300)),
        ),
    },
    actions: {
      addGoal: assign(({ context, event }) =>
        event.type === 'ADD_GOAL'
          ? {
              goals: [...context.goals, { area: event.area, title: event.title.trim(), steps: [] }],
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
        }));
        const goals = context.goals.map((g, gi) => ({
          ...g,
          steps: g.steps.map((s, si) => {
            const u = updates.find((x) => x.goal === gi && x.step === si);
            return u ? { ...s, status: u.status, why: u.why } : s;
          }),
        }));
        return {
          goals,
          meetings: [...context.meetings, { at: event.at ?? null, updates }],
          error: null,
        };
      }),
      meetingError: assign({
        error: 'Say what happened to each step, and why when a step is stuck',
      }),
      close: assign(({ event }) => ({
        closedAt: event.type === 'CLOSE' ? (event.at ?? null) : null,
      })),
      clearError: assign({ error: null }),
    },
  }).createMachine({
    id: 'mentoring-plan',
    context: ({ input }) => {
      if (input?.plan) {
        const {
          schemaVersion: _v,
          kind: _k,
          ...plan
        } = JSON.parse(JSON.stringify(input.plan)) as MentoringPlanRecord;
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
        check: check
          ? { questionnaire: { ...check.questionnaire }, completedAt: check.completedAt }
          : null,
        suggestedAreas,
        adjustments: [...(input?.agreedAdjustments ?? [])],
        goals: [],
        meetings: [],
        agreedAt: null,
        closedAt: null,
        error: null,
      };
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
          NEXT: [
            { guard: 'hasGoals', target: 'planningSteps', actions: 'clearError' },
            { actions: 'noGoals' },
          ],
        },
      },
      planningSteps: {
        on: {
          ADD_STEP: [{ guard: 'stepValid', actions: 'addStep' }, { actions: 'stepError' }],
          REMOVE_STEP: { actions: 'removeStep' },
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
  const has = (id: string) => context.adjustments.includes(id);
  return {
    easyRead: has('easy-read-documents') || has('plain-english-letters'),
    textReminders: has('text-reminders'),
  };
}

/** The plan as a JSON record a host can store: goals, steps, each meeting's progress. */
export function mentoringPlanRecord(context: MentoringContext): MentoringPlanRecord {
  const { error: _error, ...plan } = context;
  return { schemaVersion: 1 as const, kind: 'attune.mentoring-plan' as const, ...plan };
}
