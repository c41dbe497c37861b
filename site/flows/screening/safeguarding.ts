import { safeguardingGuidance } from '@attune/sdk/screening';
import { Button } from '../../ui/components/button';
import { service } from '../../service';
import { h } from '../../ui/h';
import { t } from '../../ui/messages';
import type { Ctx } from './types';

/**
 * The safeguarding panel in full: its own step as soon as an answer raises a flag (the
 * practitioner acknowledges it before the next question), and again on the outcome.
 */
export function SafeguardingPanel({
  ctx,
  onAcknowledge,
}: {
  ctx: Ctx;
  onAcknowledge?: () => void;
}) {
  const flags = ctx.snapshot.context.flags;
  if (flags.length === 0) return null;
  return h(
    'div',
    {
      class: 'attune-safeguarding',
      role: 'region',
      'aria-labelledby': 'safeguarding-title',
      'data-testid': 'safeguarding',
      'data-focus': true,
    },
    h(
      onAcknowledge ? 'h1' : 'h2',
      { class: 'govuk-heading-m', id: 'safeguarding-title' },
      t('run.safeguarding.title'),
    ),
    flags.map((f, i) => {
      // Graded guidance for the flag's kind, from the questionnaire: what to ask, who to tell, help.
      const guide = safeguardingGuidance(ctx.questionnaire, f, service);
      const list = (title: string, items: readonly string[]) => [
        h('h3', { class: 'govuk-heading-s' }, title),
        h(
          'ul',
          { class: 'govuk-list govuk-list--bullet' },
          items.map((item) => h('li', { key: item }, item)),
        ),
      ];
      return h(
        'div',
        { key: i },
        h('p', { class: 'govuk-body' }, f.message),
        guide
          ? [
              list(t('run.safeguarding.askNext'), guide.askNext),
              list(t('run.safeguarding.tellToday'), [guide.tellToday]),
              list(t('run.safeguarding.help'), guide.signposting),
            ]
          : null,
      );
    }),
    h('p', { class: 'govuk-body govuk-!-font-weight-bold' }, t('run.safeguarding.action')),
    onAcknowledge
      ? h(Button, {
          text: t('run.safeguarding.acknowledge'),
          onClick: onAcknowledge,
          attributes: { 'data-testid': 'safeguarding-noted' },
        })
      : null,
  );
}

/** Once acknowledged, the concern stays in sight as one line on later questions and the review. */
export const SafeguardingMarker = ({ ctx }: { ctx: Ctx }) =>
  ctx.snapshot.context.flags.length
    ? h(
        'p',
        { class: 'attune-safeguarding-marker govuk-body-s', 'data-testid': 'safeguarding-marker' },
        h('strong', {}, t('run.safeguarding.marker')),
        ' ',
        t('run.safeguarding.markerHint'),
      )
    : null;
