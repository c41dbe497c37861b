import { Button, LinkButton } from '../../ui/components/button';
import { TextInput } from '../../ui/components/text-input';
import { Textarea } from '../../ui/components/textarea';
import { h, useRef, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import { announce } from '../../ui/runner';
import type { AgreeCtx } from './types';

export const fields = { title: 'own-title', detail: 'own-detail' };

/** Anything else that would help, in the person's words; each one added is listed above the form. */
export function AddingView({ ctx }: { ctx: AgreeCtx }) {
  const { own } = ctx.snapshot.context;
  const [title, setTitle] = useState('');
  const [detail, setDetail] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const titleError = ctx.errorFor('title');
  const detailError = ctx.errorFor('detail');
  return [
    h('h1', { class: 'govuk-heading-l', ref: heading }, t('agree.addingTitle')),
    h('p', { class: 'govuk-body' }, t('agree.addingText')),
    own.length
      ? h(
          'ul',
          { class: 'govuk-list' },
          own.map((o, i) =>
            h(
              'li',
              { key: `${i}-${o.title}` },
              o.title,
              ' ',
              h(LinkButton, {
                text: [
                  t('agree.remove'),
                  h('span', { class: 'govuk-visually-hidden' }, ` ${o.title}`),
                ],
                onClick: () => {
                  ctx.send({ type: 'REMOVE_OWN', index: i });
                  // The button is gone: focus goes back to the heading, and the change is said.
                  heading.current?.setAttribute('tabindex', '-1');
                  heading.current?.focus();
                  announce(t('agree.removed', { title: o.title }));
                },
              }),
            ),
          ),
        )
      : null,
    h(
      'form',
      {
        noValidate: true,
        onSubmit: (e: Event) => {
          e.preventDefault();
          const before = ctx.snapshot.context.own.length;
          ctx.send({ type: 'ADD_OWN', title, detail: detail || undefined });
          // Added (the machine took it): clear the boxes for another, say so, keep focus on the button.
          if (
            ctx.snapshot.context.own.length > before ||
            ctx.snapshot.context.errors.length === 0
          ) {
            announce(t('agree.added', { title: title.trim() }));
            setTitle('');
            setDetail('');
          }
        },
      },
      h(TextInput, {
        id: fields.title,
        name: 'title',
        label: { text: t('agree.ownTitle'), classes: 'govuk-label--s' },
        errorMessage: titleError ? { text: titleError.message } : null,
        value: title,
        onInput: setTitle,
      }),
      h(Textarea, {
        id: fields.detail,
        name: 'detail',
        rows: 2,
        label: { text: t('agree.ownDetail') },
        errorMessage: detailError ? { text: detailError.message } : null,
        value: detail,
        onInput: setDetail,
      }),
      h(Button, { type: 'submit', text: t('agree.add'), classes: 'govuk-button--secondary' }),
    ),
    h(Button, {
      text: t('agree.continue'),
      onClick: () => ctx.send({ type: 'NEXT' }),
      attributes: { 'data-testid': 'plan-next' },
    }),
  ];
}
