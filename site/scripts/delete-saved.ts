import { deleteEverything, savedKeys } from './storage';

const names: Record<string, string> = {
  'attune.preferences': 'your reading preferences',
  'attune.screening': 'a screening in progress',
  'attune.screening-notes': 'practitioner notes for a screening',
  'attune.training': 'your training progress',
  'attune.learner-name': 'the name for your certificates',
};

/** Binds every "Delete everything saved on this device" control on the page. */
export function bindDeleteControls(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-attune-delete]')) {
    const status = box.querySelector<HTMLElement>('[data-attune-delete-status]')!;
    const describe = () => {
      const found = savedKeys().map((k) => names[k] ?? 'other Attune data');
      status.textContent = found.length ? `Saved on this device: ${found.join(', ')}.` : 'Nothing from Attune is saved on this device.';
    };
    describe();
    box.addEventListener('toggle', describe, true);
    box.querySelector('[data-attune-delete-button]')!.addEventListener('click', () => {
      deleteEverything();
      for (const a of ['data-text-size', 'data-spacing', 'data-tint', 'data-font', 'data-motion']) document.documentElement.removeAttribute(a);
      status.textContent = 'Deleted. Nothing from Attune is saved on this device now.';
      document.dispatchEvent(new CustomEvent('attune:deleted'));
    });
  }
}
