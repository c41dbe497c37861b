import { cx, h, type ComponentChildren } from '../h';
import type { Attributes } from './types';

/**
 * govukNotificationBanner: a region named by its title; the success kind is an alert, as the
 * macro makes it, because it tells the person how the thing they just did went (`role` overrides
 * it, as in the macro). `text` is drawn as the banner's heading; other content comes as children.
 */
export const NotificationBanner = (p: {
  titleText: ComponentChildren;
  titleId: string;
  type?: 'success';
  role?: string;
  text?: ComponentChildren;
  titleHeadingLevel?: 2 | 3 | 4;
  children?: ComponentChildren;
  attributes?: Attributes;
}) =>
  h(
    'div',
    {
      class: cx('govuk-notification-banner', p.type && `govuk-notification-banner--${p.type}`),
      role: p.role ?? (p.type === 'success' ? 'alert' : 'region'),
      'aria-labelledby': p.titleId,
      ...p.attributes,
    },
    h(
      'div',
      { class: 'govuk-notification-banner__header' },
      h(
        `h${p.titleHeadingLevel ?? 2}`,
        { class: 'govuk-notification-banner__title', id: p.titleId },
        p.titleText,
      ),
    ),
    h(
      'div',
      { class: 'govuk-notification-banner__content' },
      p.text ? h('p', { class: 'govuk-notification-banner__heading' }, p.text) : null,
      p.children,
    ),
  );
