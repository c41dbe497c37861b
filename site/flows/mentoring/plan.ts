import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import {
  createMentoringPlanMachine,
  mentoringPlanRecord,
  MentoringPlanRecordSchema,
  type MentoringPlanMachine,
  type MentoringPlanRecord,
} from '@attune/sdk/mentoring';
import type { Questionnaire } from '@attune/sdk/questionnaire';
import { BackLink } from '../../ui/components/back-link';
import { Button } from '../../ui/components/button';
import { h, useLayoutEffect, useRef, useState } from '../../ui/h';
import { caseHere } from '../../scripts/cases/here';
import { t, type Messages } from '../../ui/messages';
import { Runner, useSnapshot, type FlowError, type Step } from '../../ui/runner';
import { keys, read, remove, write } from '../../scripts/storage';
import { ActiveView } from './active';
import { ClosedView, CloseView } from './closing';
import { DetailsView } from './details';
import { GoalsView } from './goals';
import { MeetingView } from './meeting';
import { MotivationRun } from './motivation';
import { PersonPlanView } from './person';
import { readSavedPlan, SAVED_PLAN_FORMAT } from './saved-plan';
import { StepsView } from './steps';
import type { Overlay, PlanCtx } from './plan-ctx';
import { PLAN_DRAFT, type PlanStart } from './types';

const machine = createMentoringPlanMachine();
// The states a saved plan may be in: every state of the machine but the one it only passes through.
const PLAN_STATES = Object.entries(machine.states)
  .filter(([, node]) => !node.always?.length)
  .map(([name]) => name);

/** A plan record from a file's text, checked with the record's own schema, or what is wrong. */
export function readPlanFile(
  text: string,
): { ok: true; record: MentoringPlanRecord } | { ok: false; problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: t('mentoring.open.notJson') };
  }
  const parsed = MentoringPlanRecordSchema.safeParse(data);
  return parsed.success
    ? { ok: true, record: parsed.data }
    : { ok: false, problem: t('mentoring.open.notPlan') };
}

function startActor(start: PlanStart): Actor<MentoringPlanMachine> | null {
  if (start.kind === 'new') {
    // The finished check has handed over; it is no longer needed on the device.
    remove(keys.check);
    remove(keys.checkNotes);
    // Inside a case the plan carries the case reference, so its copy and downloads do.
    const reference = caseHere()?.reference;
    return createActor(machine, {
      input: reference ? { ...start.input, reference } : start.input,
    }).start();
  }
  if (start.kind === 'file' || start.kind === 'case')
    return createActor(machine, { input: { plan: start.record } }).start();
  const snapshot = readSavedPlan(
    start.kind === 'case-draft' ? start.text : read(keys.mentoringPlan),
    PLAN_STATES,
  );
  // A damaged saved plan is offered for deletion, never half-shown.
  return snapshot ? createActor(machine, { snapshot: snapshot as never }).start() : null;
}

interface PlanProps {
  start: PlanStart;
  messages: Messages;
  questionnaire: Pick<Questionnaire, 'domains'>;
  titles: Record<string, string>;
}

/**
 * The mentoring action plan: the SDK's plan machine and one view per state (goals, steps, the
 * plan with its meetings, closed), drawn by the runner, with the page's own steps over it
 * (recording a meeting, the person's copy, closing).
 */
export function PlanFlow(props: PlanProps) {
  const [actor] = useState(() => startActor(props.start));
  return actor ? h(PlanRun, { ...props, actor }) : h(BrokenPlan, {});
}

/**
 * Inside a case, the plan is sealed into it once agreed and again after every change (a meeting,
 * a step's progress, the motivation check's ratings), as one entry that each save replaces. Before
 * it is agreed, its draft is sealed into the case instead, so a reload loses no goal or step.
 */
function useSealInCase(
  actor: Actor<MentoringPlanMachine>,
  snapshot: SnapshotFrom<MentoringPlanMachine>,
  start: PlanStart,
) {
  const here = caseHere();
  const [key] = useState(
    () => `mentoring-plan:${start.kind === 'case' ? start.entryId : crypto.randomUUID()}`,
  );
  const keptDraft = useRef<string | null>(start.kind === 'case-draft' ? start.text : null);
  // What is in the case already: a plan carried on is not saved again until it changes.
  const sealed = useRef(
    start.kind === 'case' ? JSON.stringify(mentoringPlanRecord(actor.getSnapshot().context)) : '',
  );
  useLayoutEffect(() => {
    if (!here) return;
    // While goals and steps are being agreed, the draft is kept in the case; once agreed, the
    // plan is an entry of the case and the draft goes. Only a change is sealed.
    const agreed = snapshot.value === 'active' || snapshot.value === 'closed';
    const draft = agreed
      ? null
      : JSON.stringify({ format: SAVED_PLAN_FORMAT, snapshot: actor.getPersistedSnapshot() });
    if (draft !== keptDraft.current) {
      keptDraft.current = draft;
      here.keepDraft(PLAN_DRAFT, draft);
    }
    if (!agreed) return;
    const record = mentoringPlanRecord(snapshot.context);
    const text = JSON.stringify(record);
    if (text === sealed.current) return;
    sealed.current = text;
    void here.add(
      key,
      { kind: 'mentoring-plan', record },
      start.kind === 'case' ? start.entryId : undefined,
    );
  }, [snapshot]);
}

const startAgain = () => {
  remove(keys.mentoringPlan);
  caseHere()?.keepDraft(PLAN_DRAFT, null);
  location.reload();
};

function BrokenPlan() {
  return h(Runner, {
    step: {
      id: 'plan-broken',
      title: t('mentoring.plan.brokenTitle'),
      view: [
        h('h1', { class: 'govuk-heading-xl' }, t('mentoring.plan.brokenTitle')),
        h('p', { class: 'govuk-body' }, t('mentoring.plan.broken')),
        h(Button, {
          text: t('mentoring.plan.deleteAndStart'),
          classes: 'govuk-button--warning',
          onClick: startAgain,
        }),
      ],
    },
  });
}

function PlanRun({
  actor,
  start,
  questionnaire,
  titles,
  messages,
}: PlanProps & { actor: Actor<MentoringPlanMachine> }) {
  const snapshot = useSnapshot(actor);
  const [overlay, setOverlayState] = useState<Overlay>(null);
  const [saving, setSavingState] = useState(
    start.kind === 'saved' || (start.kind === 'new' && start.saving),
  );
  const [errors, setErrors] = useState<FlowError[]>([]);
  const [flash, setFlash] = useState<string | null>(null);
  useSealInCase(actor, snapshot, start);

  // Kept on the device in the commit of each change while saving is on.
  useLayoutEffect(() => {
    if (saving)
      write(
        keys.mentoringPlan,
        JSON.stringify({ format: SAVED_PLAN_FORMAT, snapshot: actor.getPersistedSnapshot() }),
      );
  }, [snapshot, saving]);
  useLayoutEffect(() => {
    const deleted = () => location.reload();
    document.addEventListener('attune:deleted', deleted);
    return () => document.removeEventListener('attune:deleted', deleted);
  }, []);

  const ctx: PlanCtx = {
    snapshot,
    send(event) {
      setErrors([]);
      actor.send(event);
      return actor.getSnapshot().context.errors;
    },
    questionnaire,
    messages,
    titles,
    saving,
    setSaving(on) {
      if (!on) remove(keys.mentoringPlan);
      setSavingState(on);
    },
    overlay,
    setOverlay(next, message = null) {
      setErrors([]);
      setFlash(message);
      setOverlayState(next);
    },
    errors,
    setErrors,
    errorFor: (field) => errors.find((e) => e.field === field),
    flash,
    startAgain,
  };

  const back = (to: () => void) =>
    h(BackLink, { text: t('mentoring.plan.backToPlan'), onClick: to });
  const step = (
    id: string,
    title: string,
    view: Step['view'],
    extra: Partial<Step> = {},
  ): Step => ({
    id,
    title,
    errors,
    view,
    ...extra,
  });
  const state = snapshot.value;
  // The check is a flow of its own, on the same runner, handing its ratings back to the plan.
  if (overlay === 'motivation' && state === 'active') return h(MotivationRun, { ctx });
  let current: Step;
  if (overlay === 'print')
    current = step('print', t('mentoring.person.title'), h(PersonPlanView, { ctx }), {
      back: h(
        'div',
        { class: 'attune-no-print' },
        back(() => ctx.setOverlay(null)),
      ),
    });
  else if (overlay === 'meeting' && state === 'active')
    current = step('meeting', t('mentoring.plan.meetingTitle'), h(MeetingView, { ctx }), {
      back: back(() => ctx.setOverlay(null)),
      firstField: 'met-day',
    });
  else if (overlay === 'details' && state === 'active')
    current = step('details', t('mentoring.details.title'), h(DetailsView, { ctx }), {
      back: back(() => ctx.setOverlay(null)),
      firstField: 'plan-reference',
    });
  else if (overlay === 'close' && state === 'active')
    current = step('close', t('mentoring.plan.closeTitle'), h(CloseView, { ctx }));
  else if (state === 'choosingGoals')
    // An error that is not about one field ("Agree at least one goal") links to the goal's words.
    current = step('goals', t('mentoring.plan.goalsTitle'), h(GoalsView, { ctx }), {
      firstField: 'goal-title',
    });
  else if (state === 'planningSteps')
    current = step('steps', t('mentoring.plan.stepsTitle'), h(StepsView, { ctx }), {
      firstField: 'step-text',
      back: h(BackLink, {
        text: t('mentoring.plan.backToGoals'),
        onClick: () => ctx.send({ type: 'BACK' }),
      }),
    });
  else if (state === 'active')
    current = step(
      'plan',
      t('mentoring.plan.title'),
      h('div', { class: 'attune-plan-sheet' }, h(ActiveView, { ctx })),
    );
  else current = step('closed', t('mentoring.plan.closedTitle'), h(ClosedView, { ctx }));
  return h(Runner, { step: current });
}
