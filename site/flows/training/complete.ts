import { Button } from '../../ui/components/button';
import { Panel } from '../../ui/components/panel';
import { SummaryList } from '../../ui/components/summary-list';
import { h } from '../../ui/h';
import { t } from '../../ui/messages';
import type { TrainingCtx } from './types';

/** The module done: the best score, how confidence changed for each statement, the certificate. */
export function CompleteView({ ctx }: { ctx: TrainingCtx }) {
  const c = ctx.snapshot.context;
  const best = Math.max(...c.attempts.map((a) => a.score ?? 0));
  return [
    h(Panel, {
      titleText: t('training.completeTitle'),
      text: t('training.completeScore', { percent: Math.round(best * 100) }),
      headingLevel: 2,
    }),
    h('h3', { class: 'govuk-heading-m' }, t('training.changeTitle')),
    // A summary list rather than a table, so it reflows at 320 px.
    h(SummaryList, {
      attributes: { 'data-testid': 'confidence-change' },
      rows: ctx.module.confidence.map((statement, i) => {
        const before = c.confidenceBefore?.[i] ?? 0;
        const after = c.confidenceAfter?.[i] ?? 0;
        const n = Math.abs(after - before);
        const change =
          after > before
            ? t('training.up', { n })
            : after < before
              ? t('training.down', { n })
              : t('training.same');
        return {
          key: { text: statement },
          value: { text: t('training.change', { before, after, change }) },
        };
      }),
    }),
    h(Button, { href: ctx.certificateHref, text: t('training.certificate') }),
  ];
}
