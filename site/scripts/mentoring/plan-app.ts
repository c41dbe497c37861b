import { createActor, type Actor } from 'xstate';
import {
  createMentoringPlanMachine,
  MentoringPlanRecordSchema,
  type MentoringPlanMachine,
} from '@attune/sdk/mentoring';
import type { Questionnaire } from '@attune/sdk/questionnaire';
import type { ScreeningRecord } from '@attune/sdk/screening';
import { agreedIds, keptAdjustmentPlan } from '../adjustment-plan';
import { bindDeleteControls } from '../delete-saved';
import { button } from '../screening/common';
import { fromTemplate, h, nodes, type Child } from '../screening/dom';
import { keys, read, remove, write } from '../storage';
import { planView } from './agreed-plan';
import { closedView, closeView } from './closing';
import { goalsView } from './goals';
import { meetingView } from './meeting';
import { personPlan } from './person-plan';
import type { PlanPage } from './plan-parts';
import { readSavedPlan, SAVED_PLAN_FORMAT } from './saved-plan';
import { stepsView } from './steps';

/**
 * The mentoring action plan in the page: the SDK's plan machine drawn one step at a time
 * (goals, then steps, then the plan itself with its meetings). Loaded when a check is complete
 * or a plan is saved on this device.
 */
const machine = createMentoringPlanMachine();
const SAVED_FORMAT = SAVED_PLAN_FORMAT;
// The states a saved plan may be in: every state of the machine but the one it only passes through.
const PLAN_STATES = Object.entries(machine.states)
  .filter(([, node]) => !node.always?.length)
  .map(([name]) => name);
/** Adjustments the person agreed after their screening, if that plan is kept on this device. */
const agreedFromDevice = (): string[] => {
  const plan = keptAdjustmentPlan();
  return plan ? agreedIds(plan) : [];
};

/** A completed check hands over here; the check itself is no longer needed on the device. */
export function startPlanFromCheck(
  root: HTMLElement,
  questionnaire: Questionnaire,
  check: ScreeningRecord,
  saving: boolean,
  fromFile?: string[],
): void {
  remove(keys.check);
  remove(keys.checkNotes);
  run(
    root,
    questionnaire,
    createActor(machine, { input: { check, agreedAdjustments: fromFile ?? agreedFromDevice() } }),
    saving,
  );
}

/** Opens the plan saved on this device; a damaged one is offered for deletion, never half-shown. */
export function openSavedPlan(root: HTMLElement, questionnaire: Questionnaire): void {
  bindDeleteControls();
  let actor: Actor<MentoringPlanMachine>;
  try {
    const snapshot = readSavedPlan(read(keys.mentoringPlan), PLAN_STATES);
    if (!snapshot) throw new Error('not a plan');
    actor = createActor(machine, { snapshot: snapshot as never });
  } catch {
    document.addEventListener('attune:deleted', () => location.reload());
    root.replaceChildren(
      h(
        'h1',
        { class: 'govuk-heading-xl', tabindex: '-1' },
        'The saved action plan cannot be opened',
      ),
      fromTemplate('tpl-plan-broken'),
      button(
        'Delete it and start a new check',
        () => {
          remove(keys.mentoringPlan);
          location.reload();
        },
        'warning',
      ),
    );
    return;
  }
  run(root, questionnaire, actor, true);
}

/**
 * Carries on a plan from a record file (downloaded at an earlier meeting or on another device).
 * Returns what is wrong with the file, or null once the plan has taken over the page.
 */
export function openPlanRecord(
  root: HTMLElement,
  questionnaire: Questionnaire,
  text: string,
): string | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'This file is not an action plan: it is not a JSON file. Choose the file downloaded from the action plan page.';
  }
  const parsed = MentoringPlanRecordSchema.safeParse(data);
  if (!parsed.success)
    return 'This file is not an Attune action plan, or it was damaged. Choose the file downloaded from the action plan page.';
  run(root, questionnaire, createActor(machine, { input: { plan: parsed.data } }), false);
  return null;
}

function run(
  root: HTMLElement,
  q: Questionnaire,
  actor: Actor<MentoringPlanMachine>,
  startSaving: boolean,
): void {
  const baseTitle = root.dataset.title ?? document.title;
  const draft: Record<string, string> = {};
  let lastTitle = '';
  const persist = () => {
    if (page.saving)
      write(
        keys.mentoringPlan,
        JSON.stringify({ format: SAVED_FORMAT, snapshot: actor.getPersistedSnapshot() }),
      );
  };
  const page: PlanPage = {
    q,
    actor,
    titles: JSON.parse(document.getElementById('titles-data')?.textContent ?? '{}') as Record<
      string,
      string
    >,
    overlay: null,
    saving: startSaving,
    setSaving(on) {
      page.saving = on;
      if (on) persist();
      else remove(keys.mentoringPlan);
    },
    flash: null,
    meetingFailed: false,
    stepProblem: null,
    meetingDateProblem: null,
    show(next) {
      page.overlay = next;
      page.meetingFailed = false;
      page.meetingDateProblem = null;
      render();
    },
    render,
    keep(e) {
      const field = e.target as HTMLInputElement;
      draft[field.name] = field.value;
    },
    field: (name, fallback = '') => draft[name] ?? fallback,
    clear: (...names) => names.forEach((n) => delete draft[n]),
  };
  actor.subscribe(() => {
    persist();
    render();
  });
  document.addEventListener('attune:deleted', () => location.reload());

  function render() {
    const snap = actor.getSnapshot();
    const c = snap.context;
    const { overlay } = page;
    let drawn: Child[];
    let title: string;
    if (overlay === 'print') [drawn, title] = [personPlan(page, c), 'My action plan'];
    else if (overlay === 'meeting' && snap.value === 'active')
      [drawn, title] = [meetingView(page, c), 'Record a meeting'];
    else if (overlay === 'close' && snap.value === 'active')
      [drawn, title] = [closeView(page), 'Close the plan?'];
    else if (snap.value === 'choosingGoals')
      [drawn, title] = [goalsView(page, c), 'Agree goals with the person'];
    else if (snap.value === 'planningSteps')
      [drawn, title] = [stepsView(page, c), 'Agree the steps'];
    else if (snap.value === 'active') [drawn, title] = [planView(page, snap), 'Action plan'];
    else [drawn, title] = [closedView(page, c), 'The action plan is closed'];
    const erring =
      overlay === 'meeting'
        ? page.meetingFailed || !!page.meetingDateProblem
        : overlay === null &&
          (snap.value === 'choosingGoals' || snap.value === 'planningSteps') &&
          (!!c.error || !!page.stepProblem);
    document.title = `${erring ? 'Error: ' : ''}${title} – ${baseTitle}`;
    root.replaceChildren(...nodes(drawn));
    // Focus what changed: an error summary, then a success message, then a new heading.
    const target =
      root.querySelector<HTMLElement>('.govuk-error-summary') ??
      root.querySelector<HTMLElement>('.govuk-notification-banner--success') ??
      (title !== lastTitle ? root.querySelector<HTMLElement>('h1') : null);
    lastTitle = title;
    page.flash = null;
    target?.focus();
  }

  actor.start();
}
