import { h } from '../ui/h';
import { toDom } from '../ui/dom';
import { NotificationBanner } from '../ui/components/notification-banner';

/** What a tab says once everything saved was deleted in another tab (see storage.ts). */
export const deletedElsewhereBanner = (): HTMLElement =>
  toDom(
    h(NotificationBanner, {
      titleText: 'Important',
      titleId: 'deleted-elsewhere-title',
      role: 'alert',
      text: 'Everything Attune saved on this device was deleted in another tab. Nothing from this page will be saved now. Reload the page to save again.',
    }),
  );
