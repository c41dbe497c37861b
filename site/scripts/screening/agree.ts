import { createActor, type Actor } from 'xstate';
import {
  createAdjustmentPlanMachine,
  type AdjustmentPlanMachine,
} from '@attune/sdk/adjustments/plan';
import type { AdjustmentPlan } from '@attune/sdk/adjustments';
import type { ScreeningRecord } from '@attune/sdk/screening';
import { errorSummary, submitButton } from './common';
import { h, linkButton } from './dom';
import type { CatalogueEntry } from './types';

/**
 * Agreeing the adjustment plan with the person, after the screening: the SDK's plan machine,
 * drawn one decision per page. Loaded only when the practitioner starts it.
 */
export function startAgreeing(
  record: ScreeningRecord,
  catalogue: CatalogueEntry[],
  draw: (nodes: Node[], title: string) => void,
  done: (plan: AdjustmentPlan | null) => void,
): Actor<AdjustmentPlanMachine> {
  const actor = createActor(createAdjustmentPlanMachine(catalogue), {
    input: { screening: record },
  });
  const entry = (id: string) => catalogue.find((a) => a.id === id)!;
  // What has been typed but not yet accepted, so a redraw after an error never loses it.
  const draft: Record<string, string> = {};
  const keep = (e: Event) => {
    const field = e.target as HTMLInputElement;
    draft[field.name] = field.type === 'checkbox' ? (field.checked ? 'yes' : '') : field.value;
  };
  let step = '';
  actor.subscribe((snap) => {
    if (snap.status === 'done') return done(snap.output ?? null);
    const { context } = snap;
    // A new suggestion or step starts with empty fields.
    const here = `${snap.value}|${context.index}|${context.own.length}`;
    if (here !== step) for (const k of ['decision', 'reason', 'title', 'detail']) delete draft[k];
    step = here;
    const error = context.error;
    const back = linkButton(
      'Back',
      () => actor.send({ type: 'BACK' }),
      'govuk-back-link attune-link-button',
    );
    const cancel = h(
      'p',
      { class: 'govuk-body' },
      linkButton('Back to the outcome without a plan', () => actor.send({ type: 'CANCEL' })),
    );
    if (snap.value === 'reviewing') {
      const s = context.suggestions[context.index]!;
      const a = entry(s.id);
      const form = h(
        'form',
        {
          novalidate: true,
          oninput: keep,
          onchange: keep,
          onsubmit: (e: Event) => {
            e.preventDefault();
            const data = new FormData(e.target as HTMLFormElement);
            const decision = data.get('decision');
            if (decision === null) return actor.send({ type: 'DECIDE', decision: 'none' as never });
            actor.send({
              type: 'DECIDE',
              decision: decision as 'agreed',
              reason: String(data.get('reason') ?? ''),
            });
          },
        },
        h(
          'div',
          { class: `govuk-form-group${error ? ' govuk-form-group--error' : ''}` },
          h(
            'fieldset',
            { class: 'govuk-fieldset' },
            h(
              'legend',
              { class: 'govuk-fieldset__legend govuk-fieldset__legend--l' },
              h('h1', { class: 'govuk-fieldset__heading', tabindex: '-1' }, a.title),
            ),
            h('p', { class: 'govuk-body' }, a.summary),
            h('p', { class: 'govuk-inset-text' }, 'For the person: ', a.easyRead),
            error
              ? h(
                  'p',
                  { class: 'govuk-error-message', id: 'decision-error' },
                  h('span', { class: 'govuk-visually-hidden' }, 'Error: '),
                  error.message,
                )
              : null,
            h(
              'div',
              { class: 'govuk-radios' },
              (['agreed', 'not-now', 'not-wanted'] as const).map((value, i) =>
                h(
                  'div',
                  { class: 'govuk-radios__item' },
                  h('input', {
                    class: 'govuk-radios__input',
                    id: `decision-${i}`,
                    name: 'decision',
                    type: 'radio',
                    value,
                    checked: (draft.decision ?? s.decision) === value,
                  }),
                  h(
                    'label',
                    { class: 'govuk-label govuk-radios__label', for: `decision-${i}` },
                    ['Yes, the person wants this', 'Not now', 'The person does not want this'][i]!,
                  ),
                ),
              ),
            ),
          ),
        ),
        h(
          'div',
          { class: 'govuk-form-group' },
          h(
            'label',
            { class: 'govuk-label', for: 'decision-reason' },
            'Reason (needed for “not now” and “does not want”)',
          ),
          h(
            'textarea',
            {
              class: 'govuk-textarea',
              id: 'decision-reason',
              name: 'reason',
              rows: '2',
              maxlength: '300',
            },
            draft.reason ?? s.reason ?? '',
          ),
        ),
        submitButton('Continue'),
      );
      draw(
        [
          back,
          error ? errorSummary(error.message, '#decision-0') : null,
          h(
            'p',
            { class: 'govuk-caption-m' },
            `Suggestion ${context.index + 1} of ${context.suggestions.length}`,
          ),
          form,
          cancel,
        ].filter(Boolean) as Node[],
        a.title,
      );
    } else if (snap.value === 'adding') {
      const form = h(
        'form',
        {
          novalidate: true,
          oninput: keep,
          onsubmit: (e: Event) => {
            e.preventDefault();
            const data = new FormData(e.target as HTMLFormElement);
            actor.send({
              type: 'ADD_OWN',
              title: String(data.get('title') ?? ''),
              detail: String(data.get('detail') ?? '') || undefined,
            });
          },
        },
        h(
          'div',
          { class: `govuk-form-group${error ? ' govuk-form-group--error' : ''}` },
          h(
            'label',
            { class: 'govuk-label govuk-label--s', for: 'own-title' },
            'Another adjustment the person wants',
          ),
          error
            ? h(
                'p',
                { class: 'govuk-error-message' },
                h('span', { class: 'govuk-visually-hidden' }, 'Error: '),
                error.message,
              )
            : null,
          h('input', {
            class: 'govuk-input',
            id: 'own-title',
            name: 'title',
            type: 'text',
            maxlength: '120',
            value: draft.title ?? '',
          }),
        ),
        h(
          'div',
          { class: 'govuk-form-group' },
          h('label', { class: 'govuk-label', for: 'own-detail' }, 'Details (optional)'),
          h(
            'textarea',
            {
              class: 'govuk-textarea',
              id: 'own-detail',
              name: 'detail',
              rows: '2',
              maxlength: '500',
            },
            draft.detail ?? '',
          ),
        ),
        h(
          'button',
          { type: 'submit', class: 'govuk-button govuk-button--secondary' },
          'Add this adjustment',
        ),
      );
      draw(
        [
          back,
          error ? errorSummary(error.message, '#own-title') : null,
          h('h1', { class: 'govuk-heading-l', tabindex: '-1' }, 'Anything else that would help?'),
          h(
            'p',
            { class: 'govuk-body' },
            'Ask the person if anything else would make things easier. Use their words.',
          ),
          context.own.length
            ? h(
                'ul',
                { class: 'govuk-list' },
                context.own.map((o, i) =>
                  h(
                    'li',
                    {},
                    o.title,
                    ' ',
                    linkButton(
                      ['Remove', h('span', { class: 'govuk-visually-hidden' }, ` ${o.title}`)],
                      () => actor.send({ type: 'REMOVE_OWN', index: i }),
                    ),
                  ),
                ),
              )
            : null,
          form,
          h(
            'button',
            {
              type: 'button',
              class: 'govuk-button',
              'data-testid': 'plan-next',
              onclick: () => actor.send({ type: 'NEXT' }),
            },
            'Continue',
          ),
          cancel,
        ].filter(Boolean) as Node[],
        'Anything else that would help?',
      );
    } else if (snap.value === 'confirming') {
      const agreed = context.suggestions
        .filter((s) => s.decision === 'agreed')
        .map((s) => entry(s.id).title)
        .concat(context.own.map((o) => o.title));
      const form = h(
        'form',
        {
          novalidate: true,
          oninput: keep,
          onchange: keep,
          onsubmit: (e: Event) => {
            e.preventDefault();
            const data = new FormData(e.target as HTMLFormElement);
            const part = (name: string, width: number) =>
              String(data.get(name) ?? '')
                .trim()
                .padStart(width, '0');
            actor.send({
              type: 'CONFIRM',
              agreedWithPerson: data.get('agreed') === 'yes',
              reviewDate: `${part('year', 4)}-${part('month', 2)}-${part('day', 2)}`,
              at: new Date().toISOString(),
            });
          },
        },
        h(
          'div',
          {
            class: `govuk-form-group${error?.code === 'review-date' ? ' govuk-form-group--error' : ''}`,
          },
          h(
            'fieldset',
            { class: 'govuk-fieldset', role: 'group', 'aria-describedby': 'review-hint' },
            h(
              'legend',
              { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' },
              'When will you look at the plan again together?',
            ),
            h(
              'div',
              { class: 'govuk-hint', id: 'review-hint' },
              'Usually in about three months. For example, 24 2 2027',
            ),
            error?.code === 'review-date'
              ? h(
                  'p',
                  { class: 'govuk-error-message' },
                  h('span', { class: 'govuk-visually-hidden' }, 'Error: '),
                  error.message,
                )
              : null,
            h(
              'div',
              { class: 'govuk-date-input', id: 'review-date' },
              (
                [
                  ['day', 'Day', 2],
                  ['month', 'Month', 2],
                  ['year', 'Year', 4],
                ] as const
              ).map(([name, label, width]) =>
                h(
                  'div',
                  { class: 'govuk-date-input__item' },
                  h(
                    'div',
                    { class: 'govuk-form-group' },
                    h(
                      'label',
                      { class: 'govuk-label govuk-date-input__label', for: `review-${name}` },
                      label,
                    ),
                    h('input', {
                      class: `govuk-input govuk-date-input__input govuk-input--width-${width}${error?.code === 'review-date' ? ' govuk-input--error' : ''}`,
                      id: `review-${name}`,
                      name,
                      type: 'text',
                      inputmode: 'numeric',
                      value: draft[name] ?? '',
                    }),
                  ),
                ),
              ),
            ),
          ),
        ),
        h(
          'div',
          {
            class: `govuk-form-group${error?.code === 'not-agreed' ? ' govuk-form-group--error' : ''}`,
          },
          error?.code === 'not-agreed'
            ? h(
                'p',
                { class: 'govuk-error-message' },
                h('span', { class: 'govuk-visually-hidden' }, 'Error: '),
                error.message,
              )
            : null,
          h(
            'div',
            { class: 'govuk-checkboxes govuk-checkboxes--small' },
            h(
              'div',
              { class: 'govuk-checkboxes__item' },
              h('input', {
                class: 'govuk-checkboxes__input',
                id: 'plan-agreed',
                name: 'agreed',
                type: 'checkbox',
                value: 'yes',
                checked: draft.agreed === 'yes',
              }),
              h(
                'label',
                { class: 'govuk-label govuk-checkboxes__label', for: 'plan-agreed' },
                'I have agreed this plan with the person',
              ),
            ),
          ),
        ),
        submitButton('Agree the plan'),
      );
      draw(
        [
          back,
          error
            ? errorSummary(
                error.message,
                error.code === 'review-date' ? '#review-day' : '#plan-agreed',
              )
            : null,
          h('h1', { class: 'govuk-heading-l', tabindex: '-1' }, 'Agree the plan'),
          agreed.length
            ? h(
                'ul',
                { class: 'govuk-list govuk-list--bullet' },
                agreed.map((t) => h('li', {}, t)),
              )
            : h(
                'p',
                { class: 'govuk-body' },
                'No adjustments were chosen. The person can ask for help at any time.',
              ),
          form,
          cancel,
        ].filter(Boolean) as Node[],
        'Agree the plan',
      );
    }
  });
  actor.start();
  return actor;
}
