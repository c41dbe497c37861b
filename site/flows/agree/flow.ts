import { createActor } from 'xstate';
import type { AdjustmentPlan } from '@attune/sdk/adjustments';
import { createAdjustmentPlanMachine, hasStepBefore } from '@attune/sdk/adjustments/plan';
import type { ScreeningRecord } from '@attune/sdk/screening';
import { BackLink } from '../../ui/components/back-link';
import { LinkButton } from '../../ui/components/button';
import { h, useEffect, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import { Runner, useSnapshot, type FlowError, type Step } from '../../ui/runner';
import type { CatalogueEntry } from '../screening/types';
import { AddingView, fields as addingFields } from './adding';
import { ConfirmingView, fields as confirmingFields } from './confirming';
import { ReviewingView, fields as reviewingFields } from './reviewing';
import type { AgreeCtx } from './types';

// Which page control each of the machine's event fields is drawn as, for linking its errors.
const fieldIds: Record<string, string> = {
  ...reviewingFields,
  ...addingFields,
  ...confirmingFields,
};

/**
 * Agreeing the adjustment plan with the person after a screening: the SDK's plan machine and
 * one view per state, drawn by the runner. Loaded only when the practitioner starts it.
 */
export function AgreeFlow({
  record,
  catalogue,
  done,
}: {
  record: ScreeningRecord;
  catalogue: CatalogueEntry[];
  done: (plan: AdjustmentPlan | null) => void;
}) {
  const [actor] = useState(() =>
    createActor(createAdjustmentPlanMachine(catalogue), {
      // The plan carries the screening's reference (a case's, inside a case) to its exports.
      input: { screening: record, reference: record.reference ?? undefined },
    }).start(),
  );
  const snapshot = useSnapshot(actor);
  useEffect(() => {
    if (snapshot.status === 'done') done(snapshot.output ?? null);
  }, [snapshot]);
  useEffect(() => () => actor.stop(), []);

  const { context } = snapshot;
  const ctx: AgreeCtx = {
    snapshot,
    send: (event) => actor.send(event),
    entry: (id) => catalogue.find((a) => a.id === id)!,
    errorFor: (field) => context.errors.find((e) => e.field === field),
  };
  const errors: FlowError[] = context.errors.map((e) => ({
    ...e,
    field: e.field ? fieldIds[e.field] : undefined,
  }));
  const back = h(BackLink, { onClick: () => actor.send({ type: 'BACK' }) });
  const cancel = h(
    'p',
    { class: 'govuk-body' },
    h(LinkButton, { text: t('agree.cancel'), onClick: () => actor.send({ type: 'CANCEL' }) }),
  );
  const step = (id: string, title: string, view: Step['view']): Step => ({
    id,
    title,
    errors,
    // Only where there is a step to go back to (not the first suggestion after a screening).
    back: hasStepBefore(snapshot.value, context) ? back : null,
    view: [view, cancel],
  });
  switch (snapshot.value) {
    case 'reviewing': {
      const title = ctx.entry(context.suggestions[context.index]!.id).title;
      return h(Runner, {
        step: step(`suggestion-${context.index}`, title, h(ReviewingView, { ctx })),
      });
    }
    case 'adding':
      return h(Runner, { step: step('adding', t('agree.addingTitle'), h(AddingView, { ctx })) });
    case 'confirming':
      return h(Runner, {
        step: step('confirming', t('agree.confirmTitle'), h(ConfirmingView, { ctx })),
      });
    default:
      return null; // done: the screening flow takes over again
  }
}
