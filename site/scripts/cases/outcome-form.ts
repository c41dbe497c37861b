/** The cases page's outcome form: how the person is getting on, recorded over time. */
import {
  ENFORCEMENT,
  ENFORCEMENT_WORDS,
  OUTCOME_SCHEMA_VERSION,
  OutcomeRecordSchema,
  type OutcomeRecord,
} from '@attune/sdk/follow-up';
import type { Case, CaseEntry } from '@attune/sdk/cases';
import { h } from '../screening/dom';
import { h as preact } from '../../ui/h';
import { toDom } from '../../ui/dom';
import { Radios } from '../../ui/components/radios';
import {
  button,
  dateInput,
  field,
  newForm,
  readDate,
  showErrors,
  textInput,
  today,
  value,
} from './forms';

const COUNTS = [
  ['outcome-kept', 'Appointments kept'],
  ['outcome-missed', 'Appointments missed'],
  ...ENFORCEMENT.map((e) => [`outcome-${e}`, ENFORCEMENT_WORDS[e]] as const),
] as const;

/** A yes / no / not recorded choice: the shared small inline radios, in a fieldset. */
function yesNo(id: string, legend: string) {
  return toDom(
    preact(Radios, {
      idPrefix: id,
      name: id,
      classes: 'govuk-radios--small govuk-radios--inline',
      formGroup: { attributes: { 'data-field': id } },
      fieldset: { legend: { text: legend, classes: 'govuk-fieldset__legend--s' } },
      items: [
        { value: 'yes', text: 'Yes' },
        { value: 'no', text: 'No' },
        // "Not recorded" is chosen to start with: a blank answer is never a no.
        { value: '', text: 'Not recorded', checked: true },
      ],
    }),
  );
}

/**
 * Records an outcome: counts over the last three months and two yes/no measures, each optional.
 * `add` is the page's own way of adding an entry to the case (saved encrypted, announced).
 */
export function outcomeForm(
  c: Case,
  add: (c: Case, entry: CaseEntry, message: string) => Promise<void>,
  newId: () => string,
): HTMLFormElement {
  const form = newForm(
    { novalidate: true, 'data-testid': 'outcome-form' },
    h('h3', { class: 'govuk-heading-s' }, 'Record outcomes'),
    h(
      'p',
      { class: 'govuk-body' },
      'Counts are for the three months before the date. Leave blank what you do not know: a blank is “not recorded”, never 0.',
    ),
    dateInput('outcome-on', 'Date recorded', today()),
    COUNTS.map(([id, label]) =>
      field(
        id,
        label,
        textInput(id, { class: 'govuk-input govuk-input--width-3', inputmode: 'numeric' }),
      ),
    ),
    yesNo('outcome-etw', 'In education, training or work'),
    yesNo('outcome-housing', 'In stable accommodation'),
    button('Record outcomes', { class: 'govuk-button govuk-button--secondary' }),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const errors: [string, string][] = [];
    const on = readDate(form, 'outcome-on');
    if (!on) errors.push(['outcome-on-day', 'Enter a real date, for example 27 3 2026']);
    const count = (id: string, label: string) => {
      const v = value(form, id);
      if (v === '') return null;
      if (!/^\d{1,3}$/.test(v) || Number(v) > 500) {
        errors.push([
          id,
          `Enter ${label.toLowerCase()} as a whole number from 0 to 500, or leave it blank`,
        ]);
        return null;
      }
      return Number(v);
    };
    const [kept, missed, ...actions] = COUNTS.map(([id, label]) => count(id, label));
    const choice = (id: string) => {
      const v = form.querySelector<HTMLInputElement>(`input[name=${id}]:checked`)?.value ?? '';
      return v === '' ? null : v === 'yes';
    };
    showErrors(form, errors);
    if (errors.length) return;
    const record: OutcomeRecord = OutcomeRecordSchema.parse({
      schemaVersion: OUTCOME_SCHEMA_VERSION,
      kind: 'attune.outcome',
      reference: c.reference,
      on,
      appointments: { kept, missed },
      enforcement: Object.fromEntries(ENFORCEMENT.map((k, i) => [k, actions[i] ?? null])),
      educationTrainingWork: choice('outcome-etw'),
      stableAccommodation: choice('outcome-housing'),
    });
    await add(c, { id: newId(), on: on!, kind: 'outcome', record }, 'Outcomes recorded.');
  });
  return form;
}
