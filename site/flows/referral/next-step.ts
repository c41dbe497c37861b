import { RECIPIENTS, type ReferralEvent } from '@attune/sdk/follow-up';
import { Button } from '../../ui/components/button';
import { Checkboxes } from '../../ui/components/checkboxes';
import { Radios } from '../../ui/components/radios';
import { TextInput } from '../../ui/components/text-input';
import { Textarea } from '../../ui/components/textarea';
import { DateField } from '../../ui/date-field';
import { dateParts, typedDate } from '../../ui/days';
import { h, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import type { ReferralCtx } from './types';

const message = (ctx: ReferralCtx, id: string) => {
  const e = ctx.errorFor(id);
  return e ? { text: e.message } : null;
};

/** A form that only runs its handler: the machine, not the browser, judges what was typed. */
const form = (testid: string, onSubmit: () => void, ...children: unknown[]) =>
  h(
    'form',
    {
      noValidate: true,
      'data-testid': testid,
      onSubmit: (e: Event) => {
        e.preventDefault();
        onSubmit();
      },
    },
    children,
  );

/** The form for the referral's next step: sending it, what happened, or the outcome. */
export function NextStepView({ ctx }: { ctx: ReferralCtx }) {
  switch (ctx.snapshot.value) {
    case 'preparing':
      return h(SendForm, { ctx });
    case 'sent':
    case 'accepted':
      return h(WhatNextForm, { ctx });
    case 'assessed':
      return h(OutcomeForm, { ctx });
    default:
      return h('p', { class: 'govuk-body' }, t('referral.status.ended'));
  }
}

function SendForm({ ctx }: { ctx: ReferralCtx }) {
  const [to, setTo] = useState('');
  const [other, setOther] = useState('');
  const [consentOn, setConsentOn] = useState(() => dateParts(ctx.day));
  const [on, setOn] = useState(() => dateParts(ctx.day));
  const send = () =>
    ctx.send(
      {
        type: 'SEND',
        to: to as Extract<ReferralEvent, { type: 'SEND' }>['to'],
        ...(other.trim() ? { otherService: other } : {}),
        consentOn: typedDate(consentOn),
        on: typedDate(on),
      },
      { consentOn: 'consentOn', on: 'on' },
    ) && ctx.done(t('referral.send.done'));
  return form(
    'send-form',
    send,
    h('h2', { class: 'govuk-heading-m' }, t('referral.send.heading')),
    h(Radios, {
      idPrefix: 'to',
      name: 'to',
      classes: 'govuk-radios--small',
      fieldset: {
        legend: { text: t('referral.send.to'), classes: 'govuk-fieldset__legend--s' },
      },
      errorMessage: message(ctx, 'to'),
      items: RECIPIENTS.map((r, i) => ({
        value: r.id,
        id: i === 0 ? 'to' : `to-${i}`,
        text: r.label,
        checked: to === r.id,
      })),
      onChange: setTo,
    }),
    h(TextInput, {
      id: 'otherService',
      name: 'otherService',
      label: { text: t('referral.send.otherService'), classes: 'govuk-label--s' },
      hint: { text: t('referral.send.otherHint') },
      errorMessage: message(ctx, 'otherService'),
      value: other,
      onInput: setOther,
    }),
    h(DateField, {
      id: 'consentOn',
      legend: t('referral.send.consentOn'),
      value: consentOn,
      onChange: setConsentOn,
      error: ctx.errorFor('consentOn'),
    }),
    h(DateField, {
      id: 'on',
      legend: t('referral.send.on'),
      value: on,
      onChange: setOn,
      error: ctx.errorFor('on'),
    }),
    h(Button, {
      type: 'submit',
      text: t('referral.send.button'),
      attributes: { 'data-testid': 'record-sent' },
    }),
  );
}

type Step = 'ACCEPT' | 'NOT_ACCEPTED' | 'ASSESS' | 'WITHDRAW';

function WhatNextForm({ ctx }: { ctx: ReferralCtx }) {
  const choices: Step[] =
    ctx.snapshot.value === 'sent' ? ['ACCEPT', 'NOT_ACCEPTED', 'WITHDRAW'] : ['ASSESS', 'WITHDRAW'];
  const [what, setWhat] = useState('');
  const [on, setOn] = useState(() => dateParts(ctx.day));
  const record = () => {
    // Which step it was is the page's question: without an answer there is no event to send.
    if (!choices.includes(what as Step))
      return ctx.fail([{ code: 'what', message: t('referral.next.chooseWhat'), field: 'what' }]);
    if (ctx.send({ type: what as Step, on: typedDate(on) }))
      ctx.done(t('referral.next.done', { what: t(`referral.next.${what as Step}`).toLowerCase() }));
  };
  return form(
    'step-form',
    record,
    h('h2', { class: 'govuk-heading-m' }, t('referral.next.heading')),
    h(Radios, {
      idPrefix: 'what',
      name: 'what',
      classes: 'govuk-radios--small',
      fieldset: {
        legend: { text: t('referral.next.what'), classes: 'govuk-fieldset__legend--s' },
      },
      errorMessage: message(ctx, 'what'),
      items: choices.map((c, i) => ({
        value: c,
        id: i === 0 ? 'what' : `what-${i}`,
        text: t(`referral.next.${c}`),
        checked: what === c,
      })),
      onChange: setWhat,
    }),
    h(DateField, {
      id: 'on',
      legend: t('referral.next.on'),
      value: on,
      onChange: setOn,
      error: ctx.errorFor('on'),
    }),
    h(Button, {
      type: 'submit',
      text: t('referral.next.button'),
      attributes: { 'data-testid': 'record-step' },
    }),
  );
}

function OutcomeForm({ ctx }: { ctx: ReferralCtx }) {
  const saved = ctx.snapshot.context.record.outcome;
  const [text, setText] = useState(saved?.text ?? '');
  const [own, setOwn] = useState(saved?.personsWords ?? false);
  const save = () =>
    ctx.send({ type: 'OUTCOME', text, personsWords: own }, { text: 'outcome' }) &&
    ctx.done(t('referral.outcome.done'), 'status-heading');
  return form(
    'outcome-form',
    save,
    h('h2', { class: 'govuk-heading-m' }, t('referral.outcome.heading')),
    h(Textarea, {
      id: 'outcome',
      name: 'outcome',
      rows: 3,
      label: { text: t('referral.outcome.label'), classes: 'govuk-label--s' },
      hint: { text: t('referral.outcome.hint') },
      errorMessage: message(ctx, 'outcome'),
      value: text,
      onInput: setText,
    }),
    h(Checkboxes, {
      idPrefix: 'personsWords',
      name: 'personsWords',
      classes: 'govuk-checkboxes--small',
      errorMessage: message(ctx, 'personsWords'),
      items: [{ value: 'yes', text: t('referral.outcome.personsWords'), checked: own }],
      onChange: (_, checked) => setOwn(checked),
    }),
    h(Button, {
      type: 'submit',
      text: t('referral.outcome.button'),
      attributes: { 'data-testid': 'save-outcome' },
    }),
  );
}
