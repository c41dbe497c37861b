import { h } from '../h';
import { t } from '../messages';

/** govukBackLink: a link when it goes to a page, a button when it steps back within a flow. */
export const BackLink = (p: { text?: string; href?: string; onClick?: () => void }) =>
  p.href
    ? h('a', { href: p.href, class: 'govuk-back-link' }, p.text ?? t('back'))
    : h(
        'button',
        { type: 'button', class: 'govuk-back-link attune-link-button', onClick: p.onClick },
        p.text ?? t('back'),
      );
