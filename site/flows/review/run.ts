import { createActor, type Actor } from 'xstate';
import {
  ConsentToShareSchema,
  createReviewMachine,
  emptyConsent,
  sharingStatement,
  type ConsentToShare,
  type ReviewMachine,
} from '@attune/sdk/follow-up';
import type { AdjustmentPlan } from '@attune/sdk/adjustments';
import { BackLink } from '../../ui/components/back-link';
import { h, useEffect, useMemo, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import { announce, Runner, useSnapshot, type FlowError, type Step } from '../../ui/runner';
import { today } from '../../ui/days';
import type { CaseHere } from '../../scripts/cases/here';
import { AppointmentsView } from './appointments';
import { CompleteView } from './complete';
import { ConfirmingView } from './confirming';
import { ItemView } from './item';
import { NotDueView } from './not-due';
import { controlFor, type ReviewCtx } from './types';

/** A review under way: the plan, the machine running it, and where the plan came from. */
export interface Started {
  plan: AdjustmentPlan;
  actor: Actor<ReviewMachine>;
  /** Kept on this device, so the updated plan can be kept in its place. */
  fromDevice: boolean;
}

/** Starts the review machine on a plan, today. */
export const startReview = (plan: AdjustmentPlan, fromDevice: boolean): Started => ({
  plan,
  fromDevice,
  actor: createActor(createReviewMachine(plan), { input: { today: today() } }).start(),
});

/** The consent record in a file: the referral page's (which holds it beside the referral), or bare. */
async function consentIn(file: File): Promise<ConsentToShare | null> {
  let value: unknown;
  try {
    value = JSON.parse(await file.text());
  } catch {
    return null; // not JSON
  }
  const candidate =
    value && typeof value === 'object' && 'consent' in value
      ? (value as { consent: unknown }).consent
      : value;
  const parsed = ConsentToShareSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

/**
 * The plan review: the SDK's review machine, one view per state, drawn by the runner. Inside a
 * case (`here`) the review and the updated plan are sealed into the case when it finishes, and
 * again when the person's consent is opened, so the case holds what the downloads say.
 */
export function ReviewRun({
  started,
  here,
  onCancelled,
}: {
  started: Started;
  here: CaseHere | null;
  onCancelled: () => void;
}) {
  const { actor, plan, fromDevice } = started;
  const snapshot = useSnapshot(actor);
  const { context } = snapshot;
  // Until the person's consent record is opened, nothing may be shared with anyone.
  const [consent, setConsent] = useState<ConsentToShare>(emptyConsent);
  const [consentError, setConsentError] = useState<FlowError | null>(null);
  const sharing = useMemo(() => sharingStatement(consent, today()), [consent]);

  useEffect(() => {
    if (snapshot.value === 'cancelled') onCancelled();
    if (snapshot.value !== 'complete' || !here) return;
    const { review, plan: updated } = snapshot.output!;
    void here.add('review', { kind: 'review', record: { ...review, sharing } });
    void here.add('updated-plan', { kind: 'adjustment-plan', record: updated });
  }, [snapshot.value, sharing]);
  useEffect(() => () => actor.stop(), []);

  const errors = useMemo<FlowError[]>(
    () => [
      ...context.errors.map((e) => ({ ...e, field: e.field && controlFor(e.field) })),
      ...(consentError ? [consentError] : []),
    ],
    [context.errors, consentError],
  );
  const ctx: ReviewCtx = {
    snapshot,
    send: (event) => actor.send(event),
    errorMessage: (field) => {
      const found = errors.find((e) => e.field === controlFor(field));
      return found ? { text: found.message } : null;
    },
  };
  const back = (onClick: () => void) => h(BackLink, { onClick });
  const toBack = () => actor.send({ type: 'BACK' });
  // The first step goes back to choosing the plan, leaving nothing recorded.
  const toStart = () => actor.send({ type: 'CANCEL' });

  let step: Omit<Step, 'errors'>;
  switch (snapshot.value) {
    case 'notDue':
      step = {
        id: 'not-due',
        title: t('review.notDueStep'),
        firstField: 'because',
        back: back(toStart),
        view: h(NotDueView, { ctx, reviewDate: plan.reviewDate }),
      };
      break;
    case 'reviewing':
      step = {
        id: `item-${context.index}`,
        title: context.items[context.index]!.title,
        firstField: 'inPlace',
        back: back(context.index > 0 ? toBack : toStart),
        view: h(ItemView, { ctx }),
      };
      break;
    case 'appointments':
      step = {
        id: 'appointments',
        title: t('review.appointmentsTitle'),
        firstField: 'kept',
        back: back(context.items.length ? toBack : toStart),
        view: h(AppointmentsView, { ctx }),
      };
      break;
    case 'confirming':
      step = {
        id: 'confirming',
        title: t('review.confirmTitle'),
        firstField: controlFor('nextReviewOn'),
        back: back(toBack),
        view: h(ConfirmingView, { ctx }),
      };
      break;
    case 'complete':
      step = {
        id: 'complete',
        title: t('review.completeTitle'),
        firstField: 'consent-file',
        view: h(CompleteView, {
          ctx,
          sharing,
          fromDevice,
          onConsentFile: (file) =>
            void consentIn(file).then((found) => {
              if (!found)
                return setConsentError({
                  code: 'consent-file',
                  message: t('review.consentProblem'),
                  field: 'consent-file',
                });
              setConsentError(null);
              setConsent(found);
              announce(t('review.consentOpened'));
            }),
        }),
      };
      break;
    default:
      return null; // cancelled: the page goes back to choosing a plan
  }
  return h(Runner, { step: { ...step, errors } });
}
