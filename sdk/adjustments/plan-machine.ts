import { assign, setup } from 'xstate';
import { isCalendarDate } from '../common/calendar-date.js';
import type { FlowError } from '../common/flow-error.js';
import type { NeedsProfile } from '../questionnaire/scoring.js';
import {
  DECISIONS,
  OwnAdjustmentSchema,
  REASON_MAX,
  type AdjustmentPlan,
  type Decision,
} from './plan-record.js';
import { rankAdjustments, type RankableAdjustment } from './recommend.js';
import type { SettingId } from './settings.js';

// The decisions a page offers come with the machine that judges them (this is the plan's entry point).
export { DECISIONS, type Decision } from './plan-record.js';

/** A need area and how strong the need is, as a plan starts from when there is no screening. */
export type Need = { domain: string; level: 'some' | 'strong' };

/** The parts of a screening record a plan starts from. */
export interface PlanFromScreening {
  questionnaire: { id: string; version: string };
  completedAt: string | null;
  profile: NeedsProfile;
  recommendedAdjustments: readonly string[];
}

/** What a plan starts from: a completed screening, or needs chosen by hand, and optionally a setting. */
export interface AdjustmentPlanInput {
  /** Start from a completed screening's record… */
  screening?: PlanFromScreening;
  /** …or from needs chosen by hand: a person can need adjustments without a screening. */
  needs?: Need[];
  setting?: SettingId;
  reference?: string;
}

/** Events the adjustment-plan machine accepts: decide on each suggestion, add or remove your own, move on or back, confirm or cancel. */
export type AdjustmentPlanEvent =
  | { type: 'SET_NEEDS'; needs: Need[] }
  | { type: 'DECIDE'; decision: Decision; reason?: string }
  | { type: 'BACK' }
  | { type: 'ADD_OWN'; title: string; detail?: string }
  | { type: 'REMOVE_OWN'; index: number }
  | { type: 'NEXT' }
  | { type: 'CONFIRM'; agreedWithPerson: boolean; reviewDate: string; at?: string }
  | { type: 'CANCEL' };

/** Why the last event was refused, in plain English a host can show as it is; `field` names the event's field. */
export type PlanError = FlowError<
  | 'decision-required'
  | 'reason-required'
  | 'reason-length'
  | 'needs-required'
  | 'title-length'
  | 'detail-length'
  | 'not-agreed'
  | 'review-date'
  | 'not-now'
>;

/** The plan machine's context: the needs, each suggestion and its decision, the person's own adjustments and, once confirmed, the plan. */
export interface AdjustmentPlanContext {
  basis: 'screening' | 'needs';
  screening: { questionnaire: { id: string; version: string }; completedAt: string | null } | null;
  reference: string | null;
  setting: SettingId | null;
  needs: Need[];
  suggestions: { id: string; decision: Decision | null; reason: string | null }[];
  /** The suggestion being decided, while reviewing. */
  index: number;
  own: { title: string; detail: string | null }[];
  /** Every problem with the last refused event, all at once, so a form can show them together. */
  errors: readonly PlanError[];
  /** The first of `errors`, or null. */
  error: PlanError | null;
  plan: AdjustmentPlan | null;
}

/**
 * Whether a step of agreeing the plan has one before it for Back to return to: the first
 * suggestion (or, with none, adding the person's own) after a screening has none; after choosing
 * needs, Back returns to the needs. A page shows its Back link only when this is true.
 */
export function hasStepBefore(
  step: string,
  context: Pick<AdjustmentPlanContext, 'basis' | 'index' | 'suggestions'>,
): boolean {
  if (step === 'reviewing') return context.index > 0 || context.basis === 'needs';
  if (step === 'adding') return context.suggestions.length > 0 || context.basis === 'needs';
  // Confirming goes back to adding; the first step, passing steps and the ends have no Back.
  return step === 'confirming';
}

/** The errors of a refused event as context: all of them, and the first on its own. */
const failed = (errors: PlanError[]) => ({ errors, error: errors[0] ?? null });

type Event<T extends AdjustmentPlanEvent['type']> = Extract<AdjustmentPlanEvent, { type: T }>;
const problem = (code: PlanError['code'], message: string, field?: string): PlanError =>
  field ? { code, message, field } : { code, message };

/** What is wrong with a decision, if anything: the one rule the guard and the page both follow. */
export function decisionErrors(event: Event<'DECIDE'>): PlanError[] {
  if (!DECISIONS.includes(event.decision))
    return [
      problem('decision-required', 'Choose whether the person wants this adjustment', 'decision'),
    ];
  const reason = typeof event.reason === 'string' ? event.reason : '';
  if (reason.length > REASON_MAX)
    return [problem('reason-length', `Say why in ${REASON_MAX} characters or fewer`, 'reason')];
  if (event.decision !== 'agreed' && !reason.trim())
    return [
      problem(
        'reason-required',
        'Say why, in a few words, so the plan can be looked at again later',
        'reason',
      ),
    ];
  return [];
}

/** What is wrong with an adjustment the person names, checked by the plan record's own schema. */
export function ownErrors(event: Event<'ADD_OWN'>): PlanError[] {
  const title = typeof event.title === 'string' ? event.title.trim() : '';
  const detail = typeof event.detail === 'string' ? event.detail.trim() || null : null;
  const found = OwnAdjustmentSchema.safeParse({ title, detail });
  if (found.success && (event.detail === undefined || typeof event.detail === 'string')) return [];
  const fields = new Set(found.error?.issues.map((i) => String(i.path[0])) ?? ['detail']);
  return [
    fields.has('title')
      ? problem('title-length', 'Describe the adjustment in 3 to 120 characters', 'title')
      : null,
    fields.has('detail')
      ? problem('detail-length', 'Keep the details to 500 characters or fewer', 'detail')
      : null,
  ].filter((e): e is PlanError => e !== null);
}

/**
 * What is wrong with confirming the plan, all at once: that it was not agreed with the person,
 * and what is wrong with the review date (missing, not a real date, or not in the future).
 */
export function confirmErrors(event: Event<'CONFIRM'>): PlanError[] {
  const errors: PlanError[] = [];
  const date = typeof event.reviewDate === 'string' ? event.reviewDate : '';
  if (!date.replace(/-/g, '').trim())
    errors.push(problem('review-date', 'Enter the date to look at the plan again', 'reviewDate'));
  else if (!isCalendarDate(date))
    errors.push(
      problem('review-date', 'The review date must be a real date, like 24 2 2027', 'reviewDate'),
    );
  else if (typeof event.at === 'string' && date <= event.at.slice(0, 10))
    errors.push(problem('review-date', 'The review date must be in the future', 'reviewDate'));
  if (event.agreedWithPerson !== true)
    errors.push(
      problem(
        'not-agreed',
        'Confirm that you agreed this plan with the person',
        'agreedWithPerson',
      ),
    );
  return errors;
}

/**
 * The flow that chooses and agrees adjustments with a person: review each suggestion (agree,
 * not now, not wanted, with a reason), add their own, record that the plan was agreed with them
 * and set a review date. Its output is an `AdjustmentPlan`.
 */
export function createAdjustmentPlanMachine(catalogue: readonly RankableAdjustment[]) {
  const known = new Set(catalogue.map((a) => a.id));
  const domains = new Set(catalogue.flatMap((a) => a.domains));
  const suggestionsFor = (needs: Need[], setting: SettingId | null) =>
    rankAdjustments(
      catalogue,
      {
        domains: needs.map((n) => ({
          domain: n.domain,
          level: n.level,
          score: null,
          answered: 0,
          skipped: 0,
          confidence: 'none' as const,
          items: [],
        })),
      },
      setting ? { setting } : {},
    ).map((r) => ({
      id: r.id,
      decision: null,
      reason: null,
    }));

  return setup({
    types: {} as {
      context: AdjustmentPlanContext;
      events: AdjustmentPlanEvent;
      input: AdjustmentPlanInput | void;
      output: AdjustmentPlan | null;
    },
    guards: {
      // Combined guards are written out rather than built with and(): pages that load this flow
      // then need none of XState's higher-order guard code.
      fromNeedsWithoutNeeds: ({ context }) =>
        context.basis === 'needs' && context.needs.length === 0,
      firstOfNeeds: ({ context }) => context.index === 0 && context.basis === 'needs',
      noSuggestionsFromNeeds: ({ context }) =>
        context.suggestions.length === 0 && context.basis === 'needs',
      validNeeds: ({ event }) =>
        event.type === 'SET_NEEDS' &&
        Array.isArray(event.needs) &&
        event.needs.length > 0 &&
        event.needs.every(
          (n) => domains.has(n?.domain) && (n.level === 'some' || n.level === 'strong'),
        ),
      validDecision: ({ event }) => event.type === 'DECIDE' && decisionErrors(event).length === 0,
      lastSuggestion: ({ context }) => context.index >= context.suggestions.length - 1,
      noSuggestions: ({ context }) => context.suggestions.length === 0,
      firstSuggestion: ({ context }) => !hasStepBefore('reviewing', context),
      firstStep: ({ context }) => !hasStepBefore('adding', context),
      validOwn: ({ event }) => event.type === 'ADD_OWN' && ownErrors(event).length === 0,
      validConfirm: ({ event }) => event.type === 'CONFIRM' && confirmErrors(event).length === 0,
      ownExists: ({ context, event }) =>
        event.type === 'REMOVE_OWN' &&
        Number.isInteger(event.index) &&
        event.index >= 0 &&
        event.index < context.own.length,
    },
    actions: {
      setNeeds: assign(({ context, event }) =>
        event.type === 'SET_NEEDS'
          ? {
              needs: event.needs.map((n) => ({ domain: n.domain, level: n.level })),
              suggestions: suggestionsFor(event.needs, context.setting),
              index: 0,
              ...failed([]),
            }
          : {},
      ),
      needsError: assign(() =>
        failed([
          problem(
            'needs-required',
            'Choose at least one area where the person needs support',
            'needs',
          ),
        ]),
      ),
      decide: assign(({ context, event }) => {
        if (event.type !== 'DECIDE') return {};
        const suggestions = context.suggestions.map((s, i) =>
          i === context.index
            ? { ...s, decision: event.decision, reason: event.reason?.trim() || null }
            : s,
        );
        return { suggestions, ...failed([]) };
      }),
      nextSuggestion: assign(({ context }) => ({ index: context.index + 1 })),
      previousSuggestion: assign(({ context }) => ({
        index: Math.max(0, context.index - 1),
        ...failed([]),
      })),
      lastOne: assign(({ context }) => ({
        index: Math.max(0, context.suggestions.length - 1),
        ...failed([]),
      })),
      decisionError: assign(({ event }) =>
        failed(event.type === 'DECIDE' ? decisionErrors(event) : []),
      ),
      addOwn: assign(({ context, event }) =>
        event.type === 'ADD_OWN'
          ? {
              own: [
                ...context.own,
                { title: event.title.trim(), detail: event.detail?.trim() || null },
              ],
              ...failed([]),
            }
          : {},
      ),
      ownError: assign(({ event }) => failed(event.type === 'ADD_OWN' ? ownErrors(event) : [])),
      removeOwn: assign(({ context, event }) =>
        event.type === 'REMOVE_OWN'
          ? { own: context.own.filter((_, i) => i !== event.index), ...failed([]) }
          : {},
      ),
      nothingBefore: assign(() =>
        failed([
          problem('not-now', 'This is the first step of the plan: there is nothing before it'),
        ]),
      ),
      noSuchOwn: assign(() =>
        failed([
          problem('not-now', 'There is no such adjustment to remove: it may have gone already'),
        ]),
      ),
      confirmError: assign(({ event }) =>
        failed(event.type === 'CONFIRM' ? confirmErrors(event) : []),
      ),
      clearError: assign(() => failed([])),
      notNow: assign(() =>
        failed([problem('not-now', 'That cannot be done at this step of agreeing the plan')]),
      ),
      finish: assign(({ context, event }) => {
        if (event.type !== 'CONFIRM') return {};
        const plan: AdjustmentPlan = {
          schemaVersion: 1,
          reference: context.reference,
          basis: context.basis,
          screening: context.screening,
          needs: context.needs,
          setting: context.setting,
          suggestions: context.suggestions
            .filter((s) => s.decision !== null)
            .map((s) => ({ id: s.id, decision: s.decision!, reason: s.reason })),
          own: context.own,
          agreedWithPerson: true,
          agreedAt: event.at ?? null,
          reviewDate: event.reviewDate,
        };
        return { plan, ...failed([]) };
      }),
    },
  }).createMachine({
    id: 'adjustment-plan',
    context: ({ input }) => {
      const s = input?.screening;
      const needs: Need[] = s
        ? s.profile.domains
            .filter((d): d is typeof d & Need => d.level === 'some' || d.level === 'strong')
            .map((d) => ({ domain: d.domain, level: d.level }))
        : (input?.needs ?? []).filter((n) => domains.has(n.domain));
      const setting = input?.setting ?? null;
      return {
        basis: s ? 'screening' : 'needs',
        screening: s
          ? {
              questionnaire: { id: s.questionnaire.id, version: s.questionnaire.version },
              completedAt: s.completedAt,
            }
          : null,
        reference: input?.reference ?? null,
        setting,
        needs,
        suggestions: s
          ? s.recommendedAdjustments
              .filter((id) => known.has(id))
              .map((id) => ({ id, decision: null, reason: null }))
          : suggestionsFor(needs, setting),
        index: 0,
        own: [],
        errors: [],
        error: null,
        plan: null,
      };
    },
    initial: 'starting',
    // Any other event the step does not take is refused with an error, never ignored.
    on: {
      '*': { actions: 'notNow' },
      CANCEL: {
        target: '.cancelled',
        actions: assign({
          suggestions: [],
          own: [],
          needs: [],
          plan: null,
          errors: [],
          error: null,
        }),
      },
    },
    states: {
      starting: {
        always: [
          { guard: 'fromNeedsWithoutNeeds', target: 'choosingNeeds' },
          { guard: 'noSuggestions', target: 'adding' },
          { target: 'reviewing' },
        ],
      },
      choosingNeeds: {
        on: {
          SET_NEEDS: [
            { guard: 'validNeeds', target: 'starting', actions: 'setNeeds' },
            { actions: 'needsError' },
          ],
        },
      },
      reviewing: {
        on: {
          // A decision that breaks a rule is never ignored: the errors say which.
          DECIDE: [
            { guard: 'validDecision', target: 'deciding', actions: 'decide' },
            { actions: 'decisionError' },
          ],
          BACK: [
            { guard: 'firstOfNeeds', target: 'choosingNeeds', actions: 'clearError' },
            { guard: 'firstSuggestion', actions: 'nothingBefore' },
            { actions: 'previousSuggestion' },
          ],
          NEXT: { target: 'adding', actions: 'clearError' },
        },
      },
      deciding: {
        always: [
          { guard: 'lastSuggestion', target: 'adding' },
          { target: 'reviewing', actions: 'nextSuggestion' },
        ],
      },
      adding: {
        on: {
          ADD_OWN: [{ guard: 'validOwn', actions: 'addOwn' }, { actions: 'ownError' }],
          REMOVE_OWN: [{ guard: 'ownExists', actions: 'removeOwn' }, { actions: 'noSuchOwn' }],
          NEXT: { target: 'confirming', actions: 'clearError' },
          BACK: [
            { guard: 'noSuggestionsFromNeeds', target: 'choosingNeeds', actions: 'clearError' },
            { guard: 'firstStep', actions: 'nothingBefore' },
            { target: 'reviewing', actions: 'lastOne' },
          ],
        },
      },
      confirming: {
        on: {
          CONFIRM: [
            { guard: 'validConfirm', target: 'complete', actions: 'finish' },
            { actions: 'confirmError' },
          ],
          BACK: { target: 'adding', actions: 'clearError' },
        },
      },
      complete: { type: 'final' },
      cancelled: { type: 'final' },
    },
    output: ({ context }) => context.plan,
  });
}
/** The machine `createAdjustmentPlanMachine` returns, for typing actors and snapshots. */
export type AdjustmentPlanMachine = ReturnType<typeof createAdjustmentPlanMachine>;
