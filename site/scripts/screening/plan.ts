import type { ScreeningRecord } from '@attune/sdk/screening';
import { longDate } from '../dates';
import { button } from './common';
import { downloadJson, fromTemplate, h } from './dom';
import type { View } from './types';

/** "My adjustment plan": the plan agreed with the person, on one printable page in Easy Read. */
export function planView(view: View): Node[] {
  const record = view.snapshot.context.record as ScreeningRecord;
  const plan = view.plan!;
  const helps = [
    ...plan.suggestions
      .filter((s) => s.decision === 'agreed')
      .map((s) => view.catalogue.find((a) => a.id === s.id)?.easyRead)
      .filter((t): t is string => !!t),
    ...plan.own.map((o) => o.title),
  ];
  return [
    h(
      'div',
      { class: 'attune-no-print' },
      h(
        'button',
        {
          type: 'button',
          class: 'govuk-back-link attune-link-button',
          onclick: () => view.setOverlay(null),
        },
        'Back to the outcome',
      ),
    ),
    h(
      'div',
      { class: 'attune-plan', 'data-testid': 'plan' },
      h('h1', { class: 'govuk-heading-xl', tabindex: '-1' }, 'My adjustment plan'),
      h(
        'p',
        { class: 'govuk-body-l' },
        `Agreed on ${longDate(plan.agreedAt ?? record.completedAt ?? new Date())}.`,
      ),
      h('h2', { class: 'govuk-heading-l' }, 'Things I am good at'),
      record.strengths.length
        ? h(
            'ul',
            { class: 'govuk-list govuk-list--bullet' },
            record.strengths.map((s) => h('li', {}, s)),
          )
        : h('p', { class: 'govuk-body-l' }, 'We will talk about what I am good at.'),
      h('h2', { class: 'govuk-heading-l' }, 'Things that help me'),
      helps.length
        ? h(
            'ul',
            { class: 'govuk-list govuk-list--bullet', 'data-testid': 'plan-helps' },
            helps.map((t) => h('li', {}, t)),
          )
        : h('p', { class: 'govuk-body-l' }, 'I can ask for help at any time.'),
      h(
        'p',
        { class: 'govuk-body-l' },
        `We will look at this plan again on ${longDate(plan.reviewDate)}.`,
      ),
      fromTemplate('tpl-plan-know'),
    ),
    h(
      'div',
      { class: 'govuk-button-group attune-no-print' },
      button('Print this plan', () => window.print(), '', { 'data-testid': 'print' }),
      button(
        'Download the plan (JSON)',
        () => downloadJson(plan, `attune-plan-${plan.reviewDate}.json`),
        'secondary',
      ),
      button('Back to the outcome', () => view.setOverlay(null), 'secondary'),
    ),
  ];
}
