import type { ScreeningRecord } from '@attune/sdk/screening';
import { button } from './common';
import { fromTemplate, h } from './dom';
import type { View } from './types';

/** "My adjustment plan": one printable page, in Easy Read, for the person to keep. */
export function planView(view: View): Node[] {
  const record = view.snapshot.context.record as ScreeningRecord;
  const helps = record.recommendedAdjustments.map((id) => view.catalogue.find((a) => a.id === id)).filter((a) => a !== undefined).slice(0, 8);
  const date = new Date(record.completedAt ?? Date.now()).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return [
    h('div', { class: 'attune-no-print' },
      h('button', { type: 'button', class: 'govuk-back-link attune-link-button', onclick: () => view.setOverlay(null) }, 'Back to the outcome'),
    ),
    h('div', { class: 'attune-plan', 'data-testid': 'plan' },
      h('h1', { class: 'govuk-heading-xl', tabindex: '-1' }, 'My adjustment plan'),
      h('p', { class: 'govuk-body-l' }, `Made on ${date}.`),
      h('h2', { class: 'govuk-heading-l' }, 'Things I am good at'),
      record.strengths.length ? h('ul', { class: 'govuk-list govuk-list--bullet' }, record.strengths.map((s) => h('li', {}, s))) : h('p', { class: 'govuk-body-l' }, 'We will talk about what I am good at.'),
      h('h2', { class: 'govuk-heading-l' }, 'Things that help me'),
      helps.length ? h('ul', { class: 'govuk-list govuk-list--bullet' }, helps.map((a) => h('li', {}, a.easyRead))) : h('p', { class: 'govuk-body-l' }, 'I can ask for help at any time.'),
      fromTemplate('tpl-plan-know'),
    ),
    h('div', { class: 'govuk-button-group attune-no-print' },
      button('Print this plan', () => window.print(), '', { 'data-testid': 'print' }),
      button('Back to the outcome', () => view.setOverlay(null), 'secondary'),
    ),
  ];
}
