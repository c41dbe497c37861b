import { h, type ComponentChildren } from '../h';
import { BackLink } from './back-link';
import { Button } from './button';
import { Checkboxes } from './checkboxes';
import { DateInput } from './date-input';
import { Details } from './details';
import { ErrorMessage } from './error-message';
import { ErrorSummary } from './error-summary';
import { FileUpload } from './file-upload';
import { InsetText } from './inset-text';
import { NotificationBanner } from './notification-banner';
import { Panel } from './panel';
import { Radios } from './radios';
import { Select } from './select';
import { SummaryList } from './summary-list';
import { Table } from './table';
import { Tag } from './tag';
import { TextInput } from './text-input';
import { Textarea } from './textarea';
import { WarningText } from './warning-text';

/**
 * Examples of every component as data, in the spirit of govuk-frontend's fixtures.json: the
 * component tests draw each one in real Chromium, check its markup and ARIA, and run axe on it.
 */
export interface Fixture {
  component: string;
  name: string;
  draw: () => ComponentChildren;
}

const legend = (text: string) => ({
  legend: { text, isPageHeading: true, classes: 'govuk-fieldset__legend--l' },
});
const choices = [
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
  { value: 'not-sure', text: 'Not sure' },
];

export const fixtures: Fixture[] = [
  {
    component: 'radios',
    name: 'default',
    draw: () =>
      h(Radios, { idPrefix: 'where', name: 'where', fieldset: legend('Where?'), items: choices }),
  },
  {
    component: 'radios',
    name: 'with hint, caption and error',
    draw: () =>
      h(Radios, {
        idPrefix: 'contact',
        name: 'contact',
        fieldset: {
          legend: { ...legend('How should we contact you?').legend, caption: 'Section 1 of 3' },
        },
        hint: { text: 'Choose one.' },
        errorMessage: { text: 'Choose how we should contact you' },
        items: [
          ...choices.slice(0, 2),
          { value: 'text', text: 'Text', hint: { text: 'To a mobile' } },
        ],
      }),
  },
  {
    component: 'checkboxes',
    name: 'with error',
    draw: () =>
      h(Checkboxes, {
        idPrefix: 'help',
        name: 'help',
        fieldset: legend('What helps?'),
        errorMessage: { text: 'Choose at least one thing that helps' },
        items: choices.map((c, i) => ({ ...c, checked: i === 1 })),
      }),
  },
  {
    component: 'checkboxes',
    name: 'one checkbox without a fieldset',
    draw: () =>
      h(Checkboxes, {
        idPrefix: 'save',
        name: 'save',
        items: [
          { value: 'yes', id: 'save', text: 'Save', hint: { text: 'Off unless you turn it on' } },
        ],
      }),
  },
  {
    component: 'text-input',
    name: 'with hint and error',
    draw: () =>
      h(TextInput, {
        id: 'title',
        name: 'title',
        label: { text: 'What would help?' },
        hint: { text: 'In a few words' },
        errorMessage: { text: 'Enter what would help' },
      }),
  },
  {
    component: 'textarea',
    name: 'as the page heading, with error',
    draw: () =>
      h(Textarea, {
        id: 'more',
        name: 'more',
        label: { text: 'Tell us more', isPageHeading: true, classes: 'govuk-label--l' },
        errorMessage: { text: 'Tell us more in 500 characters or fewer' },
        value: 'kept',
      }),
  },
  {
    component: 'file-upload',
    name: 'with hint and error',
    draw: () =>
      h(FileUpload, {
        id: 'plan-file',
        name: 'plan-file',
        label: { text: 'Open a plan file', classes: 'govuk-label--s' },
        hint: { text: 'It ends in .json' },
        errorMessage: { text: 'This file is not a plan' },
        accept: '.json',
      }),
  },
  {
    component: 'table',
    name: 'with an unnamed action column',
    draw: () =>
      h(Table, {
        head: [
          { text: 'Step' },
          { text: 'By' },
          { text: h('span', { class: 'govuk-visually-hidden' }, 'Action') },
        ],
        rows: [[{ text: 'Phone the council' }, { text: '3 February 2027' }, { text: 'Remove' }]],
      }),
  },
  {
    component: 'table',
    name: 'with row headings and a hidden caption',
    draw: () =>
      h(Table, {
        caption: 'Caseload',
        captionClasses: 'govuk-visually-hidden',
        firstCellIsHeader: true,
        head: [{ text: 'Reference' }, { text: 'What is due' }],
        rows: [
          [{ text: 'IOM-ALPHA' }, { text: 'Plan review due soon' }],
          [{ text: 'IOM-BRAVO' }, { text: 'Nothing due' }],
        ],
      }),
  },
  {
    component: 'tag',
    name: 'coloured',
    draw: () => h(Tag, { text: 'Plan review overdue', classes: 'govuk-tag--orange' }),
  },
  {
    component: 'inset-text',
    name: 'default',
    draw: () =>
      h(InsetText, {
        text: 'The caseload locked because it was not used for a while.',
        attributes: { 'data-testid': 'note' },
      }),
  },
  {
    component: 'select',
    name: 'default',
    draw: () =>
      h(Select, {
        id: 'show',
        name: 'show',
        label: { text: 'Show', classes: 'govuk-label--s' },
        value: 'due',
        items: [
          { value: 'all', text: 'Everyone' },
          { value: 'due', text: 'Anyone with something due' },
        ],
      }),
  },
  {
    component: 'select',
    name: 'with hint and error',
    draw: () =>
      h(Select, {
        id: 'lock-after',
        name: 'lock-after',
        label: { text: 'Lock when not used for', classes: 'govuk-label--s' },
        hint: { text: 'Work in any tab counts as use.' },
        errorMessage: { text: 'Choose how long before the caseload locks' },
        items: [
          { value: '5', text: '5 minutes' },
          { value: '10', text: '10 minutes' },
        ],
      }),
  },
  {
    component: 'date-input',
    name: 'with an error in the month',
    draw: () =>
      h(DateInput, {
        id: 'review',
        fieldset: legend('When will you review it?'),
        hint: { text: 'For example, 27 3 2027' },
        errorMessage: { text: 'The review date must be a real date' },
        items: [
          { name: 'day', value: '31' },
          { name: 'month', value: '2', error: true },
          { name: 'year', value: '2027' },
        ],
      }),
  },
  {
    component: 'error-summary',
    name: 'two errors',
    draw: () =>
      h(ErrorSummary, {
        errorList: [
          { text: 'Enter a title', href: '#title' },
          { text: 'Choose a date', href: '#date' },
        ],
        attributes: { 'data-error-summary': '' },
      }),
  },
  {
    component: 'error-summary',
    name: 'with an error about no field',
    draw: () =>
      h(ErrorSummary, {
        errorList: [
          { text: 'Enter a title', href: '#title' },
          { text: 'This device refused to save. Nothing you typed is lost.' },
        ],
      }),
  },
  {
    component: 'error-message',
    name: 'default',
    draw: () => h(ErrorMessage, { id: 'x-error', text: 'Enter a name' }),
  },
  {
    component: 'warning-text',
    name: 'default',
    draw: () => h(WarningText, { text: 'If you stop, every answer is deleted.' }),
  },
  {
    component: 'panel',
    name: 'default',
    draw: () =>
      h(Panel, { titleText: 'The screening has stopped', text: 'No answers have been kept' }),
  },
  {
    component: 'summary-list',
    name: 'with a change action',
    draw: () =>
      h(SummaryList, {
        rows: [
          {
            key: { text: 'Name of the step' },
            value: { text: 'Open a bank account' },
            actions: {
              items: [{ text: 'Change', visuallyHiddenText: 'the step', onClick: () => {} }],
            },
          },
          { key: { text: 'By' }, value: { text: '3 March 2027' } },
        ],
      }),
  },
  {
    component: 'details',
    name: 'default',
    draw: () => h(Details, { summaryText: 'Why we ask' }, 'Because it helps.'),
  },
  {
    component: 'button',
    name: 'secondary',
    draw: () => h(Button, { text: 'Prefer not to say', classes: 'govuk-button--secondary' }),
  },
  {
    component: 'button',
    name: 'as a link',
    draw: () => h(Button, { text: 'Get your certificate', href: '/training/certificate/' }),
  },
  {
    component: 'back-link',
    name: 'as a button and as a link',
    draw: () => h('div', {}, h(BackLink, { onClick: () => {} }), h(BackLink, { href: '/' })),
  },
  {
    component: 'select',
    name: 'with hint, error and a choice made',
    draw: () =>
      h(Select, {
        id: 'setting',
        name: 'setting',
        label: { text: 'Where you meet' },
        hint: { text: 'Choose the place you meet most often.' },
        errorMessage: { text: 'Choose where you meet' },
        items: [
          { value: '', text: 'Choose a place' },
          { value: 'office', text: 'Probation office' },
          { value: 'home', text: 'Home visit', selected: true },
        ],
      }),
  },
  {
    component: 'notification-banner',
    name: 'default',
    draw: () =>
      h(
        NotificationBanner,
        { titleId: 'nb-title', titleText: 'A screening is saved' },
        'Carry on?',
      ),
  },
  {
    component: 'notification-banner',
    name: 'success, under an h2',
    draw: () =>
      h(
        NotificationBanner,
        { titleId: 'nb-right', titleText: 'Right', type: 'success', titleHeadingLevel: 3 },
        'That is the best answer.',
      ),
  },
];
