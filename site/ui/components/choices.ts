import { cx, h, type ComponentChildren } from '../h';
import { Hint } from './hint';
import { FormGroup, type GroupParams } from './form-group';
import type { Attributes, HintParams } from './types';

export interface ChoiceItem {
  value: string;
  text: ComponentChildren;
  id?: string;
  checked?: boolean;
  hint?: HintParams;
  disabled?: boolean;
  attributes?: Attributes;
  /** A line between items ("or"), as the macros' `divider`. */
  divider?: string;
}

export interface ChoicesParams extends GroupParams {
  name: string;
  items: (ChoiceItem | null | false)[];
  classes?: string;
  attributes?: Attributes;
  /** Not in the macros: called with the item's value and whether it is now checked. */
  onChange?: (value: string, checked: boolean) => void;
}

/**
 * Radios and checkboxes share their markup but for the prefix and input type, as in
 * govuk-frontend. The first item's id is the idPrefix itself, so an error summary can link to it.
 */
export function Choices(kind: 'radios' | 'checkboxes', params: ChoicesParams) {
  const { idPrefix, name, items, classes, attributes, onChange } = params;
  const type = kind === 'radios' ? 'radio' : 'checkbox';
  let index = 0;
  return FormGroup(params, (describedBy) =>
    h(
      'div',
      { class: cx(`govuk-${kind}`, classes), ...attributes },
      items.map((item) => {
        if (!item) return null;
        if (item.divider)
          return h('div', { class: `govuk-${kind}__divider`, key: item.divider }, item.divider);
        index += 1;
        const id = item.id ?? (index > 1 ? `${idPrefix}-${index}` : idPrefix);
        const hintId = item.hint ? `${id}-item-hint` : undefined;
        return h(
          'div',
          { class: `govuk-${kind}__item`, key: item.value },
          h('input', {
            class: `govuk-${kind}__input`,
            id,
            name,
            type,
            value: item.value,
            checked: item.checked ?? false,
            disabled: item.disabled,
            // Each choice says it is in error, as a text input does (govuk-frontend leaves this out).
            'aria-invalid': params.errorMessage ? 'true' : undefined,
            // Checkboxes without a fieldset describe themselves, as the macro does.
            'aria-describedby':
              [kind === 'checkboxes' ? describedBy : undefined, hintId].filter(Boolean).join(' ') ||
              undefined,
            onChange: onChange
              ? (e: Event) => onChange(item.value, (e.currentTarget as HTMLInputElement).checked)
              : undefined,
            ...item.attributes,
          }),
          h('label', { class: `govuk-label govuk-${kind}__label`, for: id }, item.text),
          item.hint ? h(Hint, { ...item.hint, id: hintId, classes: `govuk-${kind}__hint` }) : null,
        );
      }),
    ),
  );
}
