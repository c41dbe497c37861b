import { cx, h } from '../h';
import { t } from '../messages';
import type { ErrorMessageParams } from './types';

/** govukErrorMessage: the visually hidden "Error:" prefix is how screen readers hear it is one. */
export const ErrorMessage = ({ id, text, classes, visuallyHiddenText }: ErrorMessageParams) =>
  h(
    'p',
    { id, class: cx('govuk-error-message', classes) },
    h('span', { class: 'govuk-visually-hidden' }, `${visuallyHiddenText ?? t('error.prefix')}:`),
    ' ',
    text,
  );
