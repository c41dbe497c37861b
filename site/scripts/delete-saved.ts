import { deleteEverything, keys, savedKeys } from './storage';

const names: Record<string, string> = {
  [keys.preferences]: 'your reading preferences',
  [keys.screening]: 'a screening in progress',
  [keys.screeningNotes]: 'practitioner notes for a screening',
  [keys.adjustmentPlan]: 'an agreed adjustment plan',
  [keys.check]: 'a practical-support check in progress',
  [keys.checkNotes]: 'mentor notes for a practical-support check',
  [keys.mentoringPlan]: 'a mentoring action plan',
  [keys.training]: 'your training progress',
  [keys.learnerName]: 'the name for your certificates',
};

/** Binds every "Delete everything saved on this device" control on the page. */
export function bindDeleteControls(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-attune-delete]')) {
    const status = box.querySelector<HTMLElement>('[data-attune-delete-status]')!;
    const describe = () => {
      const found = savedKeys().map((k) => names[k] ?? 'other Attune data');
      status.textContent = found.length
        ? `Saved on this device: ${found.join(', ')}.`
        : 'Nothing from Attune is saved on this device.';
    };
    describe();
    box.addEventListener('toggle', describe, true);
    box.querySelector('[data-attune-delete-button]')!.addEventListener('click', () => {
      deleteEverything();
      status.textContent = 'Deleted. Nothing from Attune is saved on this device now.';
      document.dispatchEvent(new CustomEvent('attune:deleted'));
    });
  }
}
