import { cx, h } from '../h';
import { FormGroup, type GroupParams } from './form-group';
import { Label } from './label';
import type { Attributes, LabelParams } from './types';

export interface TextareaParams extends Omit<GroupParams, 'idPrefix' | 'fieldset'> {
  id: string;
  name: string;
  label: LabelParams;
  rows?: number;
  value?: string;
  classes?: string;
  attributes?: Attributes;
  /** Not in the macro: called with the text as it is typed. */
  onInput?: (value: string) => void;
}

/** govukTextarea */
export function Textarea(params: TextareaParams) {
  const { id, name, label, rows = 5, value, classes, attributes, onInput } = params;
  return FormGroup(
    { ...params, idPrefix: id, label: h(Label, { ...label, for: id }) },
    (describedBy) => [
      h('textarea', {
        class: cx('govuk-textarea', params.errorMessage && 'govuk-textarea--error', classes),
        id,
        name,
        rows,
        value: value ?? '',
        'aria-describedby': describedBy,
        'aria-invalid': params.errorMessage ? 'true' : undefined,
        onInput: onInput
          ? (e: Event) => onInput((e.currentTarget as HTMLTextAreaElement).value)
          : undefined,
        ...attributes,
      }),
    ],
  );
}
