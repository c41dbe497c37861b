import { timeline, whatIsDue, type Case } from '@attune/sdk/cases';
import { longDate } from '../../scripts/dates';
import { Button } from '../../ui/components/button';
import { h, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import { focusLater } from './actions';
import {
  CaseForm,
  DeclinedForm,
  RecordFileForm,
  ReferralForm,
  ReferralStatusForms,
  ReviewForm,
  SafeguardingForms,
} from './case-forms';
import { Confirm } from './confirm';
import { dateParts, today } from '../../ui/days';
import { DueTag, dueText, entryText } from './describe';
import { closing } from './entries';
import { dateField } from './fields';
import { LockBar } from './list';
import { Heading, Note } from './note';
import { OutcomeForm } from './outcome';
import type { CasesCtx } from './types';

const h2 = (text: string) => h('h2', { class: 'govuk-heading-m' }, text);

function Due({ c }: { c: Case }) {
  const items = whatIsDue(c, { today: today() });
  return h(
    'div',
    { 'data-region': 'due' },
    h2(t('cases.case.dueTitle')),
    items.length
      ? h(
          'ul',
          { class: 'govuk-list', 'data-testid': 'due' },
          items.map((d, i) => h('li', { key: i }, h(DueTag, { kind: d.kind }), ' ', dueText(d))),
        )
      : h('p', { class: 'govuk-body', 'data-testid': 'due' }, t('cases.case.nothingDue')),
  );
}

function Timeline({ c }: { c: Case }) {
  const entries = timeline(c).reverse();
  return h(
    'div',
    { 'data-region': 'timeline' },
    h2(t('cases.case.timeline')),
    entries.length
      ? h(
          'ol',
          { class: 'govuk-list attune-timeline', reversed: true, 'data-testid': 'timeline' },
          entries.map((e) => {
            const { title, detail } = entryText(e);
            return h(
              'li',
              { class: 'attune-timeline__item', key: e.id },
              h('h3', { class: 'govuk-heading-s govuk-!-margin-bottom-1' }, title),
              h('p', { class: 'govuk-body-s govuk-!-margin-bottom-1' }, longDate(e.on)),
              h('p', { class: 'govuk-body' }, detail),
            );
          }),
        )
      : h('p', { class: 'govuk-body', 'data-testid': 'timeline' }, t('cases.case.nothingYet')),
  );
}

const FLOWS = [
  ['screening', 'screen-in-case'],
  ['review', 'review-in-case'],
  ['referral', 'refer-in-case'],
  ['passport', 'passport-in-case'],
  // The practical-support check, then the plan; the case's open plan when it has one.
  ['mentoring', 'mentoring-in-case'],
] as const;

/** Links to the flows that run inside this case, then the forms that record on this page. */
function Record({ ctx, c }: { ctx: CasesCtx; c: Case }) {
  const { links } = ctx.props;
  return h(
    'div',
    { 'data-region': 'actions' },
    h2(t('cases.case.recordTitle')),
    h('p', { class: 'govuk-body' }, t('cases.case.recordIntro')),
    h(
      'ul',
      { class: 'govuk-list', 'data-testid': 'flows-in-case' },
      FLOWS.map(([link, testid]) =>
        h(
          'li',
          { key: link },
          h(
            'a',
            {
              class: 'govuk-link',
              href: `${links[link]}?case=${encodeURIComponent(c.id)}`,
              'data-testid': testid,
            },
            t(`cases.case.${link}`),
            h(
              'span',
              { class: 'govuk-visually-hidden' },
              t('cases.case.forReference', { reference: c.reference }),
            ),
          ),
        ),
      ),
    ),
    h(SafeguardingForms, { ctx, c }),
    h(RecordFileForm, { ctx, c }),
    h(ReviewForm, { ctx, c }),
    h(ReferralForm, { ctx, c }),
    h(ReferralStatusForms, { ctx, c }),
    h(OutcomeForm, { ctx, c }),
    h(DeclinedForm, { ctx, c }),
  );
}

/** Closing a case when the work ends (nothing is due on it then), or reopening it. */
function Close({ ctx, c }: { ctx: CasesCtx; c: Case }) {
  const [on, setOn] = useState(() => dateParts(today()));
  // The control used is replaced by its opposite, so focus goes to the region's heading.
  const after = () => focusLater('[data-region="close"] h2');
  if (c.closedOn)
    return h(
      'div',
      { 'data-region': 'close' },
      h2(t('cases.close.closedTitle')),
      h('p', { class: 'govuk-body' }, t('cases.close.closed', { date: longDate(c.closedOn) })),
      h(Button, {
        text: t('cases.close.reopen'),
        classes: 'govuk-button--secondary',
        onClick: async () => {
          const saved = await ctx.actions.updateCase(
            { ...c, closedOn: null },
            t('cases.close.reopened', { reference: c.reference }),
          );
          if (saved) after();
        },
      }),
    );
  return h(
    'div',
    { 'data-region': 'close' },
    h2(t('cases.close.title')),
    h('p', { class: 'govuk-body' }, t('cases.close.intro')),
    h(
      CaseForm,
      {
        onSubmit: async () => {
          const made = closing(c, on);
          if (!made.ok) return ctx.actions.refuse(made.errors);
          const saved = await ctx.actions.updateCase(
            { ...c, closedOn: made.value },
            t('cases.close.done', { reference: c.reference }),
          );
          if (saved) after();
        },
      },
      dateField(ctx, 'close-on', t('cases.close.on'), on, setOn),
      h(Button, {
        type: 'submit',
        text: t('cases.close.submit'),
        classes: 'govuk-button--secondary',
      }),
    ),
  );
}

/** One person's case: what is due, what happened, recording more, closing and deleting. */
export function CaseView({ ctx, c }: { ctx: CasesCtx; c: Case }) {
  return [
    h(Heading, { text: c.reference, caption: c.displayName ?? t('cases.caption') }),
    h(Note, { text: ctx.state.note }),
    h(LockBar, { ctx }),
    h(Due, { c }),
    h(Timeline, { c }),
    h(Record, { ctx, c }),
    h(Close, { ctx, c }),
    h(
      'div',
      { 'data-region': 'delete' },
      h2(t('cases.remove.title')),
      h(Confirm, {
        open: t('cases.remove.open'),
        openClasses: 'govuk-button--warning',
        message: t('cases.remove.question', { reference: c.reference, n: c.entries.length }),
        warning: false,
        yes: t('cases.remove.yes', { reference: c.reference }),
        no: t('cases.remove.no'),
        onYes: () => ctx.actions.removeCase(c),
      }),
    ),
  ];
}
