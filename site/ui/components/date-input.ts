import { cx, h } from '../h';
import { FormGroup, type GroupParams } from './form-group';
import type { Attributes } from './types';

export interface DateItem {
  name: 'day' | 'month' | 'year';
  label?: string;
  value?: string;
  classes?: string;
  /** Not in the macro: this part is the one in error (the whole date is when none is). */
  error?: boolean;
}

export interface DateInputParams extends Omit<GroupParams, 'idPrefix'> {
  id: string;
  namePrefix?: string;
  items?: DateItem[];
  attributes?: Attributes;
  onInput?: (name: DateItem['name'], value: string) => void;
}

const labels = { day: 'Day', month: 'Month', year: 'Year' } as const;

/**
 * govukDateInput: three text boxes in a fieldset with role="group". The parts in error (or all
 * of them, when no part is named) are marked red and aria-invalid, as the GOV.UK pattern asks.
 */
export function DateInput(params: DateInputParams) {
  const { id, namePrefix, attributes, onInput } = params;
  const items = params.items ?? [{ name: 'day' }, { name: 'month' }, { name: 'year' }];
  const anyPart = items.some((i) => i.error);
  return FormGroup(
    { ...params, idPrefix: id, fieldset: { role: 'group', ...params.fieldset } },
    () =>
      h(
        'div',
        { class: 'govuk-date-input', id, ...attributes },
        items.map((item) => {
          const inError = Boolean(params.errorMessage) && (!anyPart || item.error);
          const itemId = `${id}-${item.name}`;
          return h(
            'div',
            { class: 'govuk-date-input__item', key: item.name },
            h(
              'div',
              { class: 'govuk-form-group' },
              h(
                'label',
                { class: 'govuk-label govuk-date-input__label', for: itemId },
                item.label ?? labels[item.name],
              ),
              h('input', {
                class: cx(
                  'govuk-input govuk-date-input__input',
                  item.classes ??
                    (item.name === 'year' ? 'govuk-input--width-4' : 'govuk-input--width-2'),
                  inError && 'govuk-input--error',
                ),
                id: itemId,
                name: namePrefix ? `${namePrefix}-${item.name}` : item.name,
                type: 'text',
                inputmode: 'numeric',
                value: item.value ?? '',
                'aria-invalid': inError ? 'true' : undefined,
                onInput: onInput
                  ? (e: Event) => onInput(item.name, (e.currentTarget as HTMLInputElement).value)
                  : undefined,
              }),
            ),
          );
        }),
      ),
  );
}
