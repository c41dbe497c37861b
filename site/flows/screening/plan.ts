import type { ScreeningRecord } from '@attune/sdk/screening';
import { longDate } from '../../scripts/dates';
import { BackLink } from '../../ui/components/back-link';
import { Button, ButtonGroup } from '../../ui/components/button';
import { downloadJson } from '../../ui/download';
import { h } from '../../ui/h';
import { t, tList } from '../../ui/messages';
import type { Ctx } from './types';

/** "My adjustment plan": the plan agreed with the person, on one printable page in Easy Read. */
export function PlanView({ ctx }: { ctx: Ctx }) {
  const record = ctx.snapshot.context.record as ScreeningRecord;
  const plan = ctx.plan!;
  const helps = [
    ...plan.suggestions
      .filter((s) => s.decision === 'agreed')
      .map((s) => ctx.catalogue.find((a) => a.id === s.id)?.easyRead)
      .filter((text): text is string => !!text),
    ...plan.own.map((o) => o.title),
  ];
  const back = () => ctx.setOverlay(null);
  return [
    h(
      'div',
      { class: 'attune-no-print' },
      h(BackLink, { text: t('screening.plan.backToOutcome'), onClick: back }),
    ),
    h(
      'div',
      { class: 'attune-plan', 'data-testid': 'plan' },
      h('h1', { class: 'govuk-heading-xl' }, t('screening.plan.title')),
      h(
        'p',
        { class: 'govuk-body-l' },
        t('screening.plan.agreedOn', {
          date: longDate(plan.agreedAt ?? record.completedAt ?? new Date()),
        }),
      ),
      h('h2', { class: 'govuk-heading-l' }, t('screening.plan.goodAt')),
      record.strengths.length
        ? h(
            'ul',
            { class: 'govuk-list govuk-list--bullet' },
            record.strengths.map((s) => h('li', { key: s }, s)),
          )
        : h('p', { class: 'govuk-body-l' }, t('screening.plan.talkGoodAt')),
      h('h2', { class: 'govuk-heading-l' }, t('screening.plan.helps')),
      helps.length
        ? h(
            'ul',
            { class: 'govuk-list govuk-list--bullet', 'data-testid': 'plan-helps' },
            helps.map((text) => h('li', { key: text }, text)),
          )
        : h('p', { class: 'govuk-body-l' }, t('screening.plan.askHelp')),
      h(
        'p',
        { class: 'govuk-body-l' },
        t('screening.plan.reviewOn', { date: longDate(plan.reviewDate) }),
      ),
      h('h2', { class: 'govuk-heading-l' }, t('screening.plan.knowTitle')),
      h(
        'ul',
        { class: 'govuk-list govuk-list--bullet' },
        tList('screening.plan.know').map((s) => h('li', { key: s }, s)),
      ),
    ),
    h(
      ButtonGroup,
      { classes: 'attune-no-print' },
      h(Button, {
        text: t('screening.plan.print'),
        onClick: () => window.print(),
        attributes: { 'data-testid': 'print' },
      }),
      h(Button, {
        text: t('screening.plan.download'),
        classes: 'govuk-button--secondary',
        onClick: () => downloadJson(plan, `attune-plan-${plan.reviewDate}.json`),
      }),
      h(Button, {
        text: t('screening.plan.backToOutcome'),
        classes: 'govuk-button--secondary',
        onClick: back,
      }),
    ),
  ];
}
