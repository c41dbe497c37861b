import { timeline, whatIsDue, type Case, type CaseEntry } from '@attune/sdk/cases';
import { longDate } from '../../scripts/dates';
import { Button } from '../../ui/components/button';
import { Checkboxes } from '../../ui/components/checkboxes';
import { FileUpload } from '../../ui/components/file-upload';
import { Radios } from '../../ui/components/radios';
import { Select } from '../../ui/components/select';
import { TextInput } from '../../ui/components/text-input';
import { Textarea } from '../../ui/components/textarea';
import { h, useState, type ComponentChildren } from '../../ui/h';
import { t } from '../../ui/messages';
import { focusLater } from './actions';
import { dateParts, today, type DateParts } from '../../ui/days';
import { entryText } from './describe';
import * as make from './entries';
import { dateField } from './fields';
import type { CasesCtx } from './types';

const fresh = () => dateParts(today());

/** A form on a case, checked by the page rather than the browser, so errors follow GOV.UK. */
export const CaseForm = (p: {
  onSubmit: () => void;
  title?: string;
  testid?: string;
  classes?: string;
  children?: ComponentChildren;
}) =>
  h(
    'form',
    {
      noValidate: true,
      class: p.classes,
      'data-testid': p.testid,
      onSubmit: (e: Event) => {
        e.preventDefault();
        p.onSubmit();
      },
    },
    p.title ? h('h3', { class: 'govuk-heading-s' }, p.title) : null,
    p.children,
  );

const submit = (text: string) =>
  h(Button, { type: 'submit', text, classes: 'govuk-button--secondary' });

/** A record saved from Attune (a screening, a declined screening, a plan) added from its file. */
export function RecordFileForm({ ctx, c }: { ctx: CasesCtx; c: Case }) {
  const [file, setFile] = useState<File | null>(null);
  const [on, setOn] = useState(fresh);
  const [round, setRound] = useState(0);
  return h(
    CaseForm,
    {
      title: t('cases.recordFile.title'),
      onSubmit: async () => {
        const added = await ctx.actions.addEntry(
          c,
          await make.recordFile(c, { file, on: on }),
          (entry: CaseEntry) =>
            t('cases.recordFile.done', { what: entryText(entry).title, reference: c.reference }),
        );
        if (!added) return;
        setFile(null);
        setOn(fresh());
        setRound(round + 1);
      },
    },
    // Drawn anew after each record, so the box is empty again (a file input cannot be set);
    // the rest of the form stays, and focus with it.
    h(FileUpload, {
      key: round,
      id: 'record-file',
      name: 'record-file',
      label: { text: t('cases.recordFile.file'), classes: 'govuk-label--s' },
      hint: { text: t('cases.recordFile.hint') },
      accept: '.json,application/json',
      errorMessage: ctx.errorFor('record-file'),
      onFile: setFile,
    }),
    dateField(ctx, 'record-on', t('cases.recordFile.on'), on, setOn),
    submit(t('cases.recordFile.submit')),
  );
}

const OUTCOMES = ['working', 'change', 'stop'] as const;

/** A review of the case's latest adjustment plan: how it is going, and when to look again. */
export function ReviewForm({ ctx, c }: { ctx: CasesCtx; c: Case }) {
  const plan = timeline(c)
    .filter((e) => e.kind === 'adjustment-plan')
    .at(-1);
  const [on, setOn] = useState(fresh);
  const [outcome, setOutcome] = useState('');
  const [next, setNext] = useState<DateParts>(() => dateParts(''));
  if (!plan) return null;
  return h(
    CaseForm,
    {
      title: t('cases.review.title'),
      onSubmit: async () => {
        const made = make.planReview(c, plan.id, { on, outcome, next });
        if (!(await ctx.actions.addEntry(c, made, () => t('cases.review.done')))) return;
        setOn(fresh());
        setOutcome('');
        setNext(dateParts(''));
      },
    },
    dateField(ctx, 'review-on', t('cases.review.on'), on, setOn),
    h(Radios, {
      idPrefix: 'review-working',
      name: 'outcome',
      classes: 'govuk-radios--small',
      fieldset: { legend: { text: t('cases.review.how'), classes: 'govuk-fieldset__legend--s' } },
      errorMessage: ctx.errorFor('review-working'),
      items: OUTCOMES.map((v) => ({
        value: v,
        text: t(`cases.review.${v}`),
        id: v === 'working' ? 'review-working' : `review-${v}`,
        checked: outcome === v,
      })),
      onChange: setOutcome,
    }),
    dateField(ctx, 'review-next', t('cases.review.next'), next, setNext),
    submit(t('cases.review.submit')),
  );
}

/** A referral made outside Attune, waiting until its status is updated. */
export function ReferralForm({ ctx, c }: { ctx: CasesCtx; c: Case }) {
  const [to, setTo] = useState('');
  const [on, setOn] = useState(fresh);
  const [consent, setConsent] = useState(false);
  return h(
    CaseForm,
    {
      title: t('cases.referral.title'),
      onSubmit: async () => {
        const made = make.referral({ to, on, consent });
        const added = await ctx.actions.addEntry(c, made, () =>
          t('cases.referral.done', { to: to.trim() }),
        );
        if (!added) return;
        setTo('');
        setOn(fresh());
        setConsent(false);
      },
    },
    h(TextInput, {
      id: 'referral-to',
      name: 'referral-to',
      label: { text: t('cases.referral.to'), classes: 'govuk-label--s' },
      hint: { text: t('cases.referral.toHint') },
      classes: 'govuk-input--width-30',
      value: to,
      errorMessage: ctx.errorFor('referral-to'),
      onInput: setTo,
    }),
    dateField(ctx, 'referral-on', t('cases.referral.on'), on, setOn),
    h(Checkboxes, {
      idPrefix: 'referral-consent',
      name: 'referral-consent',
      classes: 'govuk-checkboxes--small',
      items: [{ value: 'yes', text: t('cases.referral.consent'), checked: consent }],
      onChange: (_, checked) => setConsent(checked),
    }),
    submit(t('cases.referral.submit')),
  );
}

const STATUSES = ['accepted', 'seen', 'declined', 'withdrawn'] as const;

/** What happened to one waiting referral; once updated it waits no more and the form goes. */
function ReferralStatus({
  ctx,
  c,
  entry,
}: {
  ctx: CasesCtx;
  c: Case;
  entry: CaseEntry & { kind: 'referral' };
}) {
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('accepted');
  const id = `status-${entry.id}`;
  return h(
    CaseForm,
    {
      classes: 'attune-inline-form',
      onSubmit: async () => {
        const saved = await ctx.actions.updateCase(
          { ...c, entries: c.entries.map((x) => (x.id === entry.id ? { ...entry, status } : x)) },
          t('cases.referral.updated', { to: entry.to, status }),
        );
        if (saved) focusLater('[data-region="timeline"] h2');
      },
    },
    h(Select, {
      id,
      name: 'status',
      label: { text: t('cases.referral.status', { to: entry.to }), classes: 'govuk-label--s' },
      value: status,
      items: STATUSES.map((s) => ({ value: s, text: t(`cases.referral.${s}`) })),
      onChange: (v) => setStatus(v as typeof status),
    }),
    submit(t('cases.referral.update')),
  );
}

export const ReferralStatusForms = ({ ctx, c }: { ctx: CasesCtx; c: Case }) =>
  c.entries.map((e) =>
    e.kind === 'referral' && e.status === 'waiting'
      ? h(ReferralStatus, { ctx, c, entry: e, key: e.id })
      : null,
  );

/** The action taken on one open safeguarding flag; once recorded the flag is closed. */
function SafeguardingAction({
  ctx,
  c,
  about,
  date,
}: {
  ctx: CasesCtx;
  c: Case;
  about: string;
  date: string;
}) {
  const [action, setAction] = useState('');
  const id = `action-${about}`;
  return h(
    CaseForm,
    {
      onSubmit: async () => {
        const made = make.safeguardingAction(about, action, today());
        if (await ctx.actions.addEntry(c, made, () => t('cases.safeguarding.done')))
          focusLater('[data-region="timeline"] h2');
      },
    },
    h(Textarea, {
      id,
      name: 'action',
      rows: 3,
      label: {
        text: t('cases.safeguarding.action', { date: longDate(date) }),
        classes: 'govuk-label--s',
      },
      hint: { text: t('cases.safeguarding.hint') },
      value: action,
      errorMessage: ctx.errorFor(id),
      onInput: setAction,
    }),
    submit(t('cases.safeguarding.submit')),
  );
}

export const SafeguardingForms = ({ ctx, c }: { ctx: CasesCtx; c: Case }) =>
  whatIsDue(c, { today: today() })
    .filter((d) => d.kind === 'safeguarding-open')
    .map((d) =>
      h(SafeguardingAction, { ctx, c, about: d.entryId!, date: d.date!, key: d.entryId }),
    );

/** That the person declined a screening: due again later, as the due list says. */
export function DeclinedForm({ ctx, c }: { ctx: CasesCtx; c: Case }) {
  const [on, setOn] = useState(fresh);
  return h(
    CaseForm,
    {
      title: t('cases.declined.title'),
      onSubmit: async () => {
        const made = make.declined(ctx.props.questionnaire, on);
        if (await ctx.actions.addEntry(c, made, () => t('cases.declined.done'))) setOn(fresh());
      },
    },
    dateField(ctx, 'declined-on', t('cases.declined.on'), on, setOn),
    submit(t('cases.declined.submit')),
  );
}
