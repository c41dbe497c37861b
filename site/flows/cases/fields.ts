import { DateInput } from '../../ui/components/date-input';
import { h } from '../../ui/h';
import type { DateParts } from './dates';
import type { CasesCtx } from './types';

/** A date in three boxes whose errors (linked to its day box) come from the page's errors. */
export const dateField = (
  ctx: CasesCtx,
  id: string,
  legend: string,
  value: DateParts,
  set: (d: DateParts) => void,
) =>
  h(DateInput, {
    id,
    namePrefix: id,
    fieldset: { legend: { text: legend, classes: 'govuk-fieldset__legend--s' } },
    errorMessage: ctx.errorFor(`${id}-day`),
    items: (['day', 'month', 'year'] as const).map((name) => ({ name, value: value[name] })),
    onInput: (name, typed) => set({ ...value, [name]: typed }),
  });
