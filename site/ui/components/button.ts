import { cx, h, type ComponentChildren } from '../h';
import type { Attributes } from './types';

export interface ButtonParams {
  text: ComponentChildren;
  type?: 'button' | 'submit';
  /** govuk-button--secondary, govuk-button--warning and the like. */
  classes?: string;
  disabled?: boolean;
  attributes?: Attributes;
  /** A link that looks like a button (the next lesson, the certificate), as the macro draws it. */
  href?: string;
  /** Not in the macro (which renders markup only): what the button does. */
  onClick?: () => void;
}

/** govukButton: a <button>, or with `href` a link styled as one that Space also follows. */
export const Button = ({
  text,
  type = 'button',
  classes,
  disabled,
  attributes,
  href,
  onClick,
}: ButtonParams) =>
  href
    ? h(
        'a',
        {
          href,
          role: 'button',
          draggable: false,
          class: cx('govuk-button', classes),
          ...attributes,
        },
        text,
      )
    : h(
        'button',
        { type, class: cx('govuk-button', classes), disabled, onClick, ...attributes },
        text,
      );

/** A group of buttons and links side by side, wrapping on a narrow screen. */
export const ButtonGroup = (p: { children?: ComponentChildren; classes?: string }) =>
  h('div', { class: cx('govuk-button-group', p.classes) }, p.children);

/** An action that looks like a link (Change, Stop), as a button because it does not navigate. */
export const LinkButton = (p: {
  text: ComponentChildren;
  onClick: () => void;
  classes?: string;
  attributes?: Attributes;
}) =>
  h(
    'button',
    {
      type: 'button',
      class: cx(p.classes ?? 'govuk-link', 'attune-link-button'),
      onClick: p.onClick,
      ...p.attributes,
    },
    p.text,
  );
