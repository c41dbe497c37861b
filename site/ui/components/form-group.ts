import { cx, h, type ComponentChildren } from '../h';
import { ErrorMessage } from './error-message';
import { Fieldset } from './fieldset';
import { Hint } from './hint';
import type { ErrorMessageParams, FieldsetParams, FormGroupParams, HintParams } from './types';

export interface GroupParams {
  /** The id the hint and error message are named from: `<idPrefix>-hint`, `<idPrefix>-error`. */
  idPrefix: string;
  hint?: HintParams;
  errorMessage?: ErrorMessageParams | false | null;
  formGroup?: FormGroupParams;
  fieldset?: FieldsetParams;
  /** A control's own label (text input, textarea), which comes before its hint and error. */
  label?: ComponentChildren;
}

/**
 * The frame every govuk form control shares: form group (red bar on error), optional fieldset,
 * hint, error message, and the aria-describedby that ties them to the control(s). Written once
 * here, as the macros each write it, so a control only draws its own inputs.
 */
export function FormGroup(
  { idPrefix, hint, errorMessage, formGroup, fieldset, label }: GroupParams,
  controls: (describedBy: string | undefined) => ComponentChildren,
) {
  const hintId = hint ? (hint.id ?? `${idPrefix}-hint`) : null;
  const errorId = errorMessage ? (errorMessage.id ?? `${idPrefix}-error`) : null;
  const describedBy =
    [fieldset?.describedBy, hintId, errorId].filter(Boolean).join(' ') || undefined;
  const inner = [
    label,
    hint ? h(Hint, { ...hint, id: hintId! }) : null,
    errorMessage ? h(ErrorMessage, { ...errorMessage, id: errorId! }) : null,
    // Inside a fieldset, the fieldset carries aria-describedby; without one, the control does.
    controls(fieldset ? undefined : describedBy),
  ];
  return h(
    'div',
    {
      class: cx('govuk-form-group', errorMessage && 'govuk-form-group--error', formGroup?.classes),
      ...formGroup?.attributes,
    },
    fieldset ? h(Fieldset, { ...fieldset, describedBy }, inner) : inner,
  );
}
