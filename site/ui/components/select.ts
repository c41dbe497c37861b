import { cx, h } from '../h';
import { FormGroup, type GroupParams } from './form-group';
import { Label } from './label';
import type { Attributes, LabelParams } from './types';

export interface SelectItem {
  value: string;
  text: string;
  selected?: boolean;
  disabled?: boolean;
}

export interface SelectParams extends Omit<GroupParams, 'idPrefix' | 'fieldset'> {
  id: string;
  name: string;
  label: LabelParams;
  items: SelectItem[];
  /** The value chosen; the macro's `value`, which selects the item with that value. */
  value?: string;
  classes?: string;
  attributes?: Attributes;
  /** Not in the macro: called with the value chosen. */
  onChange?: (value: string) => void;
}

/** govukSelect: a label, hint and error tied to one drop-down list. */
export function Select(params: SelectParams) {
  const { id, name, label, items, value, classes, attributes, onChange } = params;
  return FormGroup(
    { ...params, idPrefix: id, label: h(Label, { ...label, for: id }) },
    (describedBy) =>
      h(
        'select',
        {
          class: cx('govuk-select', params.errorMessage && 'govuk-select--error', classes),
          id,
          name,
          value,
          'aria-describedby': describedBy,
          'aria-invalid': params.errorMessage ? 'true' : undefined,
          onChange: onChange
            ? (e: Event) => onChange((e.currentTarget as HTMLSelectElement).value)
            : undefined,
          ...attributes,
        },
        items.map((item) =>
          h(
            'option',
            {
              key: item.value,
              value: item.value,
              selected: value === undefined ? item.selected : item.value === value,
              disabled: item.disabled,
            },
            item.text,
          ),
        ),
      ),
  );
}
