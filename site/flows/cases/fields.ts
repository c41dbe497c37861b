import { DateField } from '../../ui/date-field';
import type { DateParts } from '../../ui/days';
import { h } from '../../ui/h';
import type { CasesCtx } from './types';

/** A date question on the caseload page, its error (linked to its day box) from the page's. */
export const dateField = (
  ctx: CasesCtx,
  id: string,
  legend: string,
  value: DateParts,
  set: (d: DateParts) => void,
) =>
  h(DateField, {
    id,
    legend,
    value,
    onChange: set,
    error: ctx.state.errors.find((e) => e.field === `${id}-day`),
  });
