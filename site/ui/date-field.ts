import { h } from './h';
import { DateInput } from './components/date-input';
import { t } from './messages';
import type { DateParts } from './days';
import type { FlowError } from './runner';

/**
 * A date question as a flow's form keeps it: the GOV.UK date input, its three boxes held by the
 * form as typed (so nothing typed is lost on an error), and the machine's error on it.
 */
export function DateField(p: {
  id: string;
  legend: string;
  hint?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  error?: FlowError;
}) {
  return h(DateInput, {
    id: p.id,
    namePrefix: p.id,
    fieldset: { legend: { text: p.legend, classes: 'govuk-fieldset__legend--s' } },
    hint: { text: p.hint ?? t('dates.hint') },
    errorMessage: p.error ? { text: p.error.message } : null,
    items: (['day', 'month', 'year'] as const).map((name) => ({ name, value: p.value[name] })),
    onInput: (name, typed) => p.onChange({ ...p.value, [name]: typed }),
  });
}
