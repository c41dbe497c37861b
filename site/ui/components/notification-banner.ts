import { h, type ComponentChildren } from '../h';
import type { Attributes } from './types';

/** govukNotificationBanner (the neutral kind); a region named by its title. */
export const NotificationBanner = (p: {
  titleText: ComponentChildren;
  titleId: string;
  children?: ComponentChildren;
  attributes?: Attributes;
}) =>
  h(
    'div',
    {
      class: 'govuk-notification-banner',
      role: 'region',
      'aria-labelledby': p.titleId,
      ...p.attributes,
    },
    h(
      'div',
      { class: 'govuk-notification-banner__header' },
      h('h2', { class: 'govuk-notification-banner__title', id: p.titleId }, p.titleText),
    ),
    h('div', { class: 'govuk-notification-banner__content' }, p.children),
  );
