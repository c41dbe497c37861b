import { cx, h } from '../h';
import type { HintParams } from './types';

/** govukHint */
export const Hint = ({ id, text, classes }: HintParams) =>
  h('div', { id, class: cx('govuk-hint', classes) }, text);
