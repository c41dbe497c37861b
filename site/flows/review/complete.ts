import type { ReviewMachine } from '@attune/sdk/follow-up';
import type { OutputFrom } from 'xstate';
import { Button, ButtonGroup } from '../../ui/components/button';
import { FileUpload } from '../../ui/components/file-upload';
import { Panel } from '../../ui/components/panel';
import { downloadJson } from '../../ui/download';
import { h, useRef, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import { announce } from '../../ui/runner';
import { longDate } from '../../scripts/dates';
import { keys, write } from '../../scripts/storage';
import type { ReviewCtx } from './types';
import { InsetText } from '../../ui/components/inset-text';

/**
 * The review finished: its next date, what the person agreed to share with whom (from their
 * consent record, which can be opened here), and the review and updated plan to download or keep.
 */
export function CompleteView({
  ctx,
  sharing,
  onConsentFile,
  fromDevice,
}: {
  ctx: ReviewCtx;
  /** What the person agreed to share with whom, as every export of the review says it. */
  sharing: string[];
  onConsentFile: (file: File) => void;
  /** The plan came from this device, so the updated one can be kept in its place. */
  fromDevice: boolean;
}) {
  const { review, plan } = ctx.snapshot.output as NonNullable<OutputFrom<ReviewMachine>>;
  const [kept, setKept] = useState<boolean | null>(null);
  const keptLine = useRef<HTMLParagraphElement>(null);
  const keep = () => {
    const ok = write(keys.adjustmentPlan, JSON.stringify(plan));
    setKept(ok);
    announce(t(ok ? 'review.planKept' : 'review.planNotKept'));
    // The button is gone: focus moves to what took its place, so it is not lost to the page.
    requestAnimationFrame(() => keptLine.current?.focus());
  };
  return [
    h(Panel, {
      titleText: t('review.completeTitle'),
      text: t('review.nextReviewOn', { date: longDate(review.nextReviewOn) }),
    }),
    h(
      'section',
      { 'aria-labelledby': 'sharing-heading' },
      h('h2', { class: 'govuk-heading-m', id: 'sharing-heading' }, t('review.sharingTitle')),
      h(
        InsetText,
        { attributes: { 'data-testid': 'review-sharing' } },
        sharing.map((line) => h('p', { class: 'govuk-body', key: line }, line)),
      ),
      h(FileUpload, {
        id: 'consent-file',
        name: 'consent-file',
        accept: '.json,application/json',
        label: { text: t('review.consentFile'), classes: 'govuk-label--s' },
        hint: { text: t('review.consentHint') },
        errorMessage: ctx.errorMessage('consent-file'),
        onFile: onConsentFile,
      }),
    ),
    h('p', { class: 'govuk-body' }, t('review.downloadText')),
    h(
      ButtonGroup,
      {},
      h(Button, {
        text: t('review.downloadReview'),
        attributes: { 'data-testid': 'download-review' },
        onClick: () =>
          downloadJson({ ...review, sharing }, `plan-review-${review.reviewedOn}.json`),
      }),
      h(Button, {
        text: t('review.downloadPlan'),
        classes: 'govuk-button--secondary',
        attributes: { 'data-testid': 'download-updated-plan' },
        onClick: () =>
          downloadJson({ ...plan, sharing }, `adjustment-plan-${review.reviewedOn}.json`),
      }),
    ),
    !fromDevice
      ? null
      : kept === null
        ? h(Button, {
            text: t('review.keepPlan'),
            classes: 'govuk-button--secondary',
            attributes: { 'data-testid': 'keep-updated-plan' },
            onClick: keep,
          })
        : h(
            'p',
            { class: 'govuk-body', tabIndex: -1, ref: keptLine, 'data-testid': 'plan-kept' },
            t(kept ? 'review.planKept' : 'review.planNotKept'),
          ),
  ];
}
