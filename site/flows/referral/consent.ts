import {
  consentOn,
  recipientLabel,
  recordConsent,
  RECIPIENTS,
  withdrawConsent,
  type ConsentStanding,
} from '@attune/sdk/follow-up';
import { longDate } from '../../scripts/dates';
import { Button } from '../../ui/components/button';
import { Radios } from '../../ui/components/radios';
import { SummaryList } from '../../ui/components/summary-list';
import { TextInput } from '../../ui/components/text-input';
import { DateField } from '../../ui/date-field';
import { typedDate } from '../../ui/days';
import { h } from '../../ui/h';
import { t } from '../../ui/messages';
import type { ReferralCtx } from './types';

// The consent rule's fields, as the controls of this form.
const FIELDS: Record<string, string> = {
  recipient: 'recipient',
  label: 'recipientName',
  agreed: 'agreed',
  on: 'consentDay',
  reviewBy: 'reviewBy',
};

/** The person's consent to share, recipient by recipient: what stands today, and a new decision. */
export function ConsentView({ ctx }: { ctx: ReferralCtx }) {
  const { draft, setDraft, day } = ctx;
  const standing = consentOn(ctx.consent, day);
  const message = (id: string) => {
    const e = ctx.errorFor(id);
    return e ? { text: e.message } : null;
  };

  const withdraw = (s: ConsentStanding) => {
    const result = withdrawConsent(ctx.consent, s.recipient, day);
    if (result.errors.length)
      return ctx.fail(result.errors.map((e) => ({ ...e, field: 'consent-heading' })));
    ctx.setConsent(result.consent);
    // The control used is gone with the agreement: focus goes to the list, which says what changed.
    ctx.done(t('referral.consent.withdrawn', { label: s.label }), 'consent-heading');
  };

  const record = () => {
    const other = draft.recipient === 'other';
    const name = draft.name.trim();
    const result = recordConsent(ctx.consent, {
      // Someone Attune does not list is known by the name the practitioner gives, in lower case.
      recipient: other ? name.toLowerCase() : draft.recipient,
      label: other ? name : draft.recipient ? recipientLabel(draft.recipient) : '',
      agreed: (draft.agreed === '' ? undefined : draft.agreed === 'yes') as boolean,
      on: typedDate(draft.on),
      reviewBy: typedDate(draft.reviewBy),
    });
    if (result.errors.length) {
      // For someone Attune lists the label comes from the list; for anyone else both the
      // recipient and its label are the name typed, so either problem is one error on that box.
      const errors = result.errors
        .filter((e) =>
          other
            ? e.field !== 'recipient' || !result.errors.some((x) => x.field === 'label')
            : e.field !== 'label',
        )
        .map((e) => ({
          ...e,
          field: e.field === 'recipient' && other ? 'recipientName' : FIELDS[e.field ?? ''],
        }));
      return ctx.fail(errors.filter((e, i) => errors.findIndex((x) => x.field === e.field) === i));
    }
    const label = other ? name : recipientLabel(draft.recipient);
    ctx.setConsent(result.consent);
    setDraft({ ...draft, recipient: '', name: '', agreed: '' });
    ctx.done(t('referral.consent.done', { label }), 'consent-heading');
  };

  return h(
    'section',
    { 'aria-labelledby': 'consent-heading' },
    h('h2', { class: 'govuk-heading-l', id: 'consent-heading' }, t('referral.consent.heading')),
    h('p', { class: 'govuk-body' }, t('referral.consent.intro')),
    standing.length
      ? h(SummaryList, {
          attributes: { 'data-testid': 'consent-list' },
          rows: standing.map((s) => ({
            key: { text: s.label },
            value: {
              text: t(`referral.consent.${s.status}`, {
                on: longDate(s.on),
                reviewBy: longDate(s.reviewBy),
              }),
            },
            actions: {
              items:
                s.status === 'yes'
                  ? [
                      {
                        text: t('referral.consent.withdraw'),
                        visuallyHiddenText: t('referral.consent.withdrawHidden', {
                          label: s.label,
                        }),
                        onClick: () => withdraw(s),
                        attributes: { 'data-withdraw': s.recipient },
                      },
                    ]
                  : [],
            },
          })),
        })
      : h('p', { class: 'govuk-body', 'data-testid': 'no-consent' }, t('referral.consent.none')),
    h(
      'form',
      {
        noValidate: true,
        'data-testid': 'consent-form',
        onSubmit: (e: Event) => {
          e.preventDefault();
          record();
        },
      },
      h(Radios, {
        idPrefix: 'recipient',
        name: 'recipient',
        classes: 'govuk-radios--small',
        fieldset: {
          legend: { text: t('referral.consent.recipient'), classes: 'govuk-fieldset__legend--s' },
        },
        errorMessage: message('recipient'),
        items: [
          ...RECIPIENTS.filter((r) => r.id !== 'other'),
          { id: 'other', label: t('referral.consent.someoneElse') },
        ].map((r, i) => ({
          value: r.id,
          id: i === 0 ? 'recipient' : `recipient-${i}`,
          text: r.label,
          checked: draft.recipient === r.id,
        })),
        onChange: (recipient) => setDraft({ ...draft, recipient }),
      }),
      h(TextInput, {
        id: 'recipientName',
        name: 'recipientName',
        label: { text: t('referral.consent.recipientName'), classes: 'govuk-label--s' },
        hint: { text: t('referral.consent.recipientNameHint') },
        errorMessage: message('recipientName'),
        value: draft.name,
        onInput: (name) => setDraft({ ...draft, name }),
      }),
      h(Radios, {
        idPrefix: 'agreed',
        name: 'agreed',
        classes: 'govuk-radios--small',
        fieldset: {
          legend: {
            text: t('referral.consent.agreedLegend'),
            classes: 'govuk-fieldset__legend--s',
          },
        },
        errorMessage: message('agreed'),
        items: [
          { value: 'yes', id: 'agreed', text: t('referral.consent.agreedYes') },
          { value: 'no', id: 'agreed-no', text: t('referral.consent.agreedNo') },
        ].map((item) => ({ ...item, checked: draft.agreed === item.value })),
        onChange: (agreed) => setDraft({ ...draft, agreed }),
      }),
      h(DateField, {
        id: 'consentDay',
        legend: t('referral.consent.on'),
        value: draft.on,
        onChange: (on) => setDraft({ ...draft, on }),
        error: ctx.errorFor('consentDay'),
      }),
      h(DateField, {
        id: 'reviewBy',
        legend: t('referral.consent.reviewBy'),
        value: draft.reviewBy,
        onChange: (reviewBy) => setDraft({ ...draft, reviewBy }),
        error: ctx.errorFor('reviewBy'),
      }),
      h(Button, {
        type: 'submit',
        text: t('referral.consent.button'),
        classes: 'govuk-button--secondary',
        attributes: { 'data-testid': 'record-consent' },
      }),
    ),
  );
}
