import { cx, h, type ComponentChildren } from '../h';
import type { Attributes } from './types';

/** govukInsetText: a note set apart from the text around it, with a bar beside it. */
export const InsetText = (p: {
  text?: ComponentChildren;
  children?: ComponentChildren;
  classes?: string;
  attributes?: Attributes;
}) => h('div', { class: cx('govuk-inset-text', p.classes), ...p.attributes }, p.text ?? p.children);
