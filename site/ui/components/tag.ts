import { cx, h, type ComponentChildren } from '../h';
import type { Attributes } from './types';

/** govukTag: a short status in a coloured box; its colour comes with `classes` (govuk-tag--red). */
export const Tag = (p: { text: ComponentChildren; classes?: string; attributes?: Attributes }) =>
  h('strong', { class: cx('govuk-tag', p.classes), ...p.attributes }, p.text);
