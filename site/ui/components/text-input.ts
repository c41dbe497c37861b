import { cx, h } from '../h';
import { FormGroup, type GroupParams } from './form-group';
import { Label } from './label';
import type { Attributes, LabelParams } from './types';

export interface InputParams extends Omit<GroupParams, 'idPrefix' | 'fieldset'> {
  id: string;
  name: string;
  label: LabelParams;
  type?: string;
  value?: string;
  inputmode?: string;
  autocomplete?: string;
  spellcheck?: boolean;
  classes?: string;
  attributes?: Attributes;
  /** Not in the macro: called with the text as it is typed. */
  onInput?: (value: string) => void;
}

/** govukInput */
export function TextInput(params: InputParams) {
  const { id, name, label, type = 'text', value, classes, attributes, onInput } = params;
  return FormGroup(
    { ...params, idPrefix: id, label: h(Label, { ...label, for: id }) },
    (describedBy) => [
      h('input', {
        class: cx('govuk-input', params.errorMessage && 'govuk-input--error', classes),
        id,
        name,
        type,
        value,
        inputmode: params.inputmode,
        autocomplete: params.autocomplete,
        spellcheck: params.spellcheck,
        'aria-describedby': describedBy,
        'aria-invalid': params.errorMessage ? 'true' : undefined,
        onInput: onInput
          ? (e: Event) => onInput((e.currentTarget as HTMLInputElement).value)
          : undefined,
        ...attributes,
      }),
    ],
  );
}
