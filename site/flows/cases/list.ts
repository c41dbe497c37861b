import { DUE_KINDS, type CaseSummary, type DueItem } from '@attune/sdk/cases';
import { longDate } from '../../scripts/dates';
import { Button, ButtonGroup, LinkButton } from '../../ui/components/button';
import { Select } from '../../ui/components/select';
import { Table } from '../../ui/components/table';
import { TextInput } from '../../ui/components/text-input';
import { h, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import { listing } from './actions';
import { Confirm } from './confirm';
import { DueTag, dueLabel } from './describe';
import { ExportForm } from './export';
import { ImportForm } from './import';
import { Heading, Note } from './note';
import type { Filter } from './state';
import type { CasesCtx } from './types';
import { IDLE_CHOICES } from '../../scripts/cases/vault';

const rule = () =>
  h('hr', { class: 'govuk-section-break govuk-section-break--l govuk-section-break--visible' });

/** Locking on request, on the list and on every case. */
export const LockBar = ({ ctx }: { ctx: CasesCtx }) =>
  h(
    ButtonGroup,
    {},
    h(Button, {
      text: t('cases.lock'),
      classes: 'govuk-button--secondary',
      attributes: { 'data-testid': 'lock' },
      onClick: () => ctx.actions.lock('request'),
    }),
  );

function dueTags(items: DueItem[]) {
  if (!items.length) return h('span', { class: 'govuk-body-s' }, t('cases.list.nothingDue'));
  return h(
    'ul',
    { class: 'govuk-list attune-due-list' },
    items.map((d) => h('li', { key: d.kind }, DueTag({ kind: d.kind }))),
  );
}

/** Who is on the caseload and what is due for each, filtered by kind of thing due. */
function Caseload({ ctx }: { ctx: CasesCtx }) {
  const { summaries, filter } = ctx.state;
  const { byCase, shown, counts, sentence } = listing(summaries, filter);
  const [choice, setChoice] = useState<Filter>(filter);
  const row = (c: CaseSummary) => [
    {
      text: [
        // Called, not drawn as components, so a list of 500 people makes no component
        // instance per row: the first paint after unlocking is the figure that matters here.
        LinkButton({
          text: c.reference,
          onClick: () => void ctx.actions.openCase(c.id),
          attributes: { 'data-open': c.id },
        }),
        c.displayName ? h('span', { class: 'govuk-body-s attune-block' }, c.displayName) : null,
      ],
    },
    {
      text: c.closedOn
        ? h(
            'span',
            { class: 'govuk-body-s' },
            t('cases.list.closed', { date: longDate(c.closedOn) }),
          )
        : dueTags(byCase.get(c.id) ?? []),
    },
  ];
  return [
    h(
      'form',
      {
        noValidate: true,
        class: 'attune-filter',
        onSubmit: (e: Event) => {
          e.preventDefault();
          ctx.actions.setFilter(choice);
        },
      },
      h(Select, {
        id: 'filter',
        name: 'filter',
        label: { text: t('cases.list.filter'), classes: 'govuk-label--s' },
        value: choice,
        items: [
          { value: 'all', text: t('cases.list.everyone') },
          { value: 'any', text: t('cases.list.anyDue') },
          ...DUE_KINDS.map((k) => ({ value: k, text: dueLabel(k) })),
        ],
        onChange: (v) => setChoice(v as Filter),
      }),
      h(Button, {
        type: 'submit',
        text: t('cases.list.applyFilter'),
        classes: 'govuk-button--secondary',
      }),
    ),
    h('p', { class: 'govuk-body', 'data-testid': 'count' }, sentence),
    counts.length
      ? h(
          'ul',
          { class: 'govuk-list govuk-list--bullet', 'data-testid': 'due-counts' },
          counts.map(([k, n]) => h('li', { key: k }, `${dueLabel(k)}: ${n}`)),
        )
      : null,
    shown.length
      ? h(
          'div',
          {
            class: 'attune-table-scroll',
            tabindex: 0,
            role: 'region',
            'aria-label': t('cases.list.caption'),
          },
          h(Table, {
            caption: t('cases.list.caption'),
            captionClasses: 'govuk-visually-hidden',
            firstCellIsHeader: true,
            attributes: { 'data-testid': 'caseload' },
            head: [{ text: t('cases.list.reference') }, { text: t('cases.list.due') }],
            rows: shown.map(row),
          }),
        )
      : h(
          'p',
          { class: 'govuk-body', 'data-testid': 'empty' },
          summaries.length ? t('cases.list.noMatch') : t('cases.list.empty'),
        ),
  ];
}

/** Adding a person by the practitioner's own reference; focus stays in the form for the next. */
function AddForm({ ctx }: { ctx: CasesCtx }) {
  const [reference, setReference] = useState('');
  const [name, setName] = useState('');
  return h(
    'form',
    {
      noValidate: true,
      onSubmit: async (e: Event) => {
        e.preventDefault();
        if (!(await ctx.actions.addPerson(reference, name))) return;
        setReference('');
        setName('');
        document.getElementById('reference')?.focus();
      },
    },
    h('h2', { class: 'govuk-heading-m' }, t('cases.add.title')),
    h(TextInput, {
      id: 'reference',
      name: 'reference',
      label: { text: t('cases.add.reference'), classes: 'govuk-label--s' },
      hint: { text: t('cases.add.referenceHint') },
      classes: 'govuk-input--width-20',
      autocomplete: 'off',
      spellcheck: false,
      value: reference,
      errorMessage: ctx.errorFor('reference'),
      onInput: setReference,
    }),
    h(TextInput, {
      id: 'display-name',
      name: 'display-name',
      label: { text: t('cases.add.name'), classes: 'govuk-label--s' },
      hint: { text: t('cases.add.nameHint') },
      classes: 'govuk-input--width-20',
      autocomplete: 'off',
      spellcheck: false,
      value: name,
      errorMessage: ctx.errorFor('display-name'),
      onInput: setName,
    }),
    h(Button, { type: 'submit', text: t('cases.add.submit') }),
  );
}

function IdleChoice({ ctx }: { ctx: CasesCtx }) {
  const [minutes, setMinutes] = useState(ctx.actions.idleMinutes());
  return h(Select, {
    id: 'idle',
    name: 'idle',
    label: { text: t('cases.locking.idle'), classes: 'govuk-label--s' },
    value: String(minutes),
    items: IDLE_CHOICES.map((m) => ({
      value: String(m),
      text: t('cases.locking.minutes', { n: m }),
    })),
    onChange: (v) => {
      setMinutes(Number(v));
      void ctx.actions.setIdle(Number(v));
    },
  });
}

/** The caseload: the list, adding a person, export and import, locking and deleting everything. */
export function ListView({ ctx }: { ctx: CasesCtx }) {
  return [
    h(Heading, { text: t('cases.list.title') }),
    h(Note, { text: ctx.state.note }),
    h(LockBar, { ctx }),
    h(Caseload, { ctx }),
    h(AddForm, { ctx }),
    rule(),
    h(ExportForm, { ctx }),
    h(ImportForm, { ctx }),
    rule(),
    h('h2', { class: 'govuk-heading-m' }, t('cases.locking.title')),
    h(IdleChoice, { ctx }),
    h('h2', { class: 'govuk-heading-m' }, t('cases.deleteAll.title')),
    h(Confirm, {
      open: t('cases.deleteAll.open'),
      openClasses: 'govuk-button--warning',
      message: t('cases.deleteAll.warning', { n: ctx.state.summaries.length }),
      warning: true,
      yes: t('cases.deleteAll.yes'),
      no: t('cases.deleteAll.no'),
      onYes: ctx.actions.deleteAll,
    }),
  ];
}
