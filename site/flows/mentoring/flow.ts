import { h, useEffect, useMemo, useState } from '../../ui/h';
import { setCatalogue, t } from '../../ui/messages';
import { keys, read } from '../../scripts/storage';
import ScreeningFlow from '../screening/flow';
import type { CaseKinds, Ctx, RunEnding } from '../screening/types';
import { caseHere } from '../../scripts/cases/here';
import { PlanOpener } from './open-plan';
import { PLAN_DRAFT, type MentoringProps, type PlanStart } from './types';

type Plan = typeof import('./plan');
/** Inside a case the check is filed as a check, never as the person's needs screening. */
const CHECK_KINDS: CaseKinds = { done: 'check', ended: 'check-ended' };
const loadPlan = (): Promise<Plan> => import('./plan');

/**
 * The mentoring page: the practical-support check (the screening flow, run with the check's
 * questionnaire and its own ending), then the action plan. The plan, its machine and zod load
 * only when a plan is opened: at once when one is kept on this device, since mentors come back
 * to it at every meeting; otherwise when a check is finished or a plan file is chosen.
 */
export default function MentoringFlow(props: MentoringProps) {
  setCatalogue(props.messages);
  const [plan, setPlan] = useState<{ code: Plan; start: PlanStart } | null>(null);
  const open = (start: PlanStart) => loadPlan().then((code) => setPlan({ code, start }));

  useEffect(() => {
    // Inside a case, the case's plan still open is carried on; a plan kept on the device belongs
    // to no case, so it is not opened there.
    const here = caseHere();
    const inCase = here?.opened.entries.filter(
      (e) => e.kind === 'mentoring-plan' && e.record.closedAt === null,
    );
    const last = inCase?.at(-1);
    const draft = here?.draft(PLAN_DRAFT);
    if (last?.kind === 'mentoring-plan')
      void open({ kind: 'case', record: last.record, entryId: last.id });
    else if (typeof draft === 'string') void open({ kind: 'case-draft', text: draft });
    else if (!here && read(keys.mentoringPlan) !== null) void open({ kind: 'saved' });
  }, []);

  const ending = useMemo<RunEnding>(
    () => ({
      title: t('mentoring.check.outcomeTitle'),
      load: () =>
        import('./check-outcome').then(
          ({ CheckOutcomeView }) =>
            ({ ctx }: { ctx: Ctx }) =>
              h(CheckOutcomeView, {
                ctx,
                onAgree: (input, saving) => void open({ kind: 'new', input, saving }),
              }),
        ),
    }),
    [],
  );

  if (plan)
    return h(plan.code.PlanFlow, {
      start: plan.start,
      questionnaire: props.questionnaire,
      titles: props.titles,
      messages: props.messages,
    });
  return h(ScreeningFlow, {
    ...props,
    ending,
    caseKinds: CHECK_KINDS,
    introExtra: h(PlanOpener, {
      open: (text) =>
        loadPlan().then((code) => {
          const read = code.readPlanFile(text);
          if (read.ok) setPlan({ code, start: { kind: 'file', record: read.record } });
          return read.ok ? null : read.problem;
        }),
    }),
  });
}
