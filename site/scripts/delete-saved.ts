import {
  DELETE_SCOPES,
  deleteEverything,
  KEPT_AFTER_SCREENING,
  keys,
  remove,
  savedKeys,
  type DeleteScope,
} from './storage';

const names: Record<string, string> = {
  [keys.preferences]: 'your reading preferences',
  [keys.screening]: 'a screening',
  [keys.screeningNotes]: 'practitioner notes for a screening',
  [keys.adjustmentPlan]: 'an agreed adjustment plan',
  [keys.check]: 'a practical-support check in progress',
  [keys.checkNotes]: 'mentor notes for a practical-support check',
  [keys.mentoringPlan]: 'a mentoring action plan',
  [keys.training]: 'your training progress',
  [keys.learnerName]: 'the name for your certificates',
  [keys.learnerId]: 'the random id on your training records',
};
const listed = (found: string[]) => [...new Set(found.map((k) => names[k] ?? 'other Attune data'))];

/**
 * Binds every delete control on the page. The page's own data (this screening, this check, the
 * mentoring plan, training progress) is deleted at once; everything else on the device only after
 * the practitioner confirms, seeing what will go. Either way the control then says what it deleted.
 */
export function bindDeleteControls(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-attune-delete]')) {
    // Pages may bind more than once (the mentoring page does for the check and the plan).
    if (box.dataset.bound) continue;
    box.dataset.bound = 'true';
    const status = box.querySelector<HTMLElement>('[data-attune-delete-status]')!;
    const confirmBox = box.querySelector<HTMLElement>('[data-attune-delete-confirm]')!;
    const scope = DELETE_SCOPES[box.dataset.scope as DeleteScope] as
      (typeof DELETE_SCOPES)[DeleteScope] | undefined;
    const own = box.querySelector<HTMLButtonElement>('[data-attune-delete-own]');
    const describe = () => {
      const found = savedKeys();
      status.textContent = found.length
        ? `Saved on this device: ${listed(found).join(', ')}.${found.includes(keys.screening) ? ` ${KEPT_AFTER_SCREENING}` : ''}`
        : 'Nothing from Attune is saved on this device.';
      if (own) own.hidden = !scope || !scope.keys.some((k) => found.includes(k));
    };
    const done = (what: string[], deleted: string) => {
      confirmBox.hidden = true;
      status.textContent = what.length
        ? `Deleted ${deleted}: ${what.join(', ')}. ${savedKeys().length ? 'Other things are still saved on this device.' : 'Nothing from Attune is saved on this device now.'}`
        : 'There was nothing to delete.';
      status.focus();
      document.dispatchEvent(new CustomEvent('attune:deleted'));
    };
    describe();
    box.closest('details')?.addEventListener('toggle', describe);
    own?.addEventListener('click', () => {
      const found = savedKeys().filter((k) => (scope!.keys as readonly string[]).includes(k));
      for (const key of found) remove(key);
      done(listed(found), scope!.name);
    });
    box.querySelector('[data-attune-delete-button]')!.addEventListener('click', () => {
      const found = savedKeys();
      if (!found.length) return done([], 'everything');
      confirmBox
        .querySelector('[data-attune-delete-list]')!
        .replaceChildren(
          ...listed(found).map((name) =>
            Object.assign(document.createElement('li'), { textContent: name }),
          ),
        );
      confirmBox.hidden = false;
      confirmBox.querySelector<HTMLElement>('h3')!.focus();
    });
    confirmBox.querySelector('[data-attune-delete-yes]')!.addEventListener('click', () => {
      const what = listed(savedKeys());
      deleteEverything();
      done(what, 'everything Attune had saved on this device');
    });
    confirmBox.querySelector('[data-attune-delete-no]')!.addEventListener('click', () => {
      confirmBox.hidden = true;
      box.querySelector<HTMLElement>('[data-attune-delete-button]')!.focus();
    });
  }
}
