import { render } from 'preact';
import { h } from '../ui/h';
import { NotificationBanner } from '../ui/components/notification-banner';

/**
 * What a tab says once everything saved was deleted in another tab (see storage.ts). Drawn with
 * Preact's own render, not ui/dom's toDom, which would swap the page's message catalogue for its
 * own small one under a flow that is running.
 */
export function deletedElsewhereBanner(): HTMLElement {
  const box = document.createElement('div');
  render(
    h(NotificationBanner, {
      titleText: 'Important',
      titleId: 'deleted-elsewhere-title',
      role: 'alert',
      text: 'Everything Attune saved on this device was deleted in another tab. Nothing from this page will be saved now. Reload the page to save again.',
    }),
    box,
  );
  return box.firstElementChild as HTMLElement;
}
