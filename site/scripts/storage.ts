/**
 * Everything Attune keeps on a device is in localStorage under keys starting "attune.".
 * Nothing is ever sent anywhere; deleting removes every such key.
 */
export const STORAGE_PREFIX = 'attune.';
export const keys = {
  preferences: `${STORAGE_PREFIX}preferences`,
  screening: `${STORAGE_PREFIX}screening`,
  screeningNotes: `${STORAGE_PREFIX}screening-notes`,
  /** The adjustment plan agreed after a screening, so the mentoring plan can follow it. */
  adjustmentPlan: `${STORAGE_PREFIX}adjustment-plan`,
  check: `${STORAGE_PREFIX}practical-check`,
  checkNotes: `${STORAGE_PREFIX}practical-check-notes`,
  mentoringPlan: `${STORAGE_PREFIX}mentoring-plan`,
  /** A motivation and thinking check in progress, when the mentor turns saving on during it. */
  motivation: `${STORAGE_PREFIX}motivation-check`,
  motivationNotes: `${STORAGE_PREFIX}motivation-check-notes`,
  training: `${STORAGE_PREFIX}training`,
  learnerName: `${STORAGE_PREFIX}learner-name`,
  /** A random id for the learner's training records, so they carry no name. */
  learnerId: `${STORAGE_PREFIX}learner-id`,
} as const;

export function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage blocked: behave as if nothing is saved
  }
}

/**
 * Set in every other open tab when one tab deletes everything. Set first and removed last, so
 * the other tabs hear of it (through `storage` events) before anything is gone.
 */
const DELETED_SIGNAL = `${STORAGE_PREFIX}deleted-everything`;
let stopped = false;

/**
 * Once everything has been deleted in another tab, this tab writes nothing more until it is
 * reloaded, so a page left open cannot put back what the practitioner has just deleted.
 */
function stopWriting() {
  if (stopped) return;
  stopped = true;
  // The shared banner, loaded only now: every page that saves anything imports this module.
  void import('./deleted-elsewhere').then(({ deletedElsewhereBanner }) =>
    document.querySelector('main')?.prepend(deletedElsewhereBanner()),
  );
  document.dispatchEvent(new CustomEvent('attune:deleted-elsewhere'));
}
if (typeof window !== 'undefined')
  window.addEventListener('storage', (e) => {
    // key null: the whole store was cleared (for example from the browser's own settings).
    if (e.key === null || (e.key === DELETED_SIGNAL && e.newValue !== null)) stopWriting();
  });

export function write(key: string, value: string): boolean {
  if (stopped) return false;
  try {
    localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function remove(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    /* nothing to remove */
  }
}

/** Keys Attune has saved on this device. */
export function savedKeys(): string[] {
  try {
    return Object.keys(localStorage).filter(
      (k) => k.startsWith(STORAGE_PREFIX) && k !== DELETED_SIGNAL,
    );
  } catch {
    return [];
  }
}

/**
 * What happens to a screening saved on this device once it ends. The privacy page and the delete
 * control both show this sentence, so what they say is what the screening page does.
 */
export const KEPT_AFTER_SCREENING =
  'With saving on, a finished screening stays saved with its answers, your notes and any agreed adjustment plan, so you can see the outcome again, until you start a new screening or delete it. If the person says no or stops, all of it is deleted at once.';

/** What a delete control can delete: the page's own data, named as people would name it. */
export const DELETE_SCOPES = {
  screening: {
    name: 'this screening',
    keys: [keys.screening, keys.screeningNotes, keys.adjustmentPlan],
  },
  check: { name: 'this practical-support check', keys: [keys.check, keys.checkNotes] },
  mentoring: {
    name: 'the mentoring plan',
    keys: [keys.mentoringPlan, keys.motivation, keys.motivationNotes],
  },
  training: {
    name: 'your training progress',
    keys: [keys.training, keys.learnerName, keys.learnerId],
  },
} as const;
/** One of the scopes a delete control can have. */
export type DeleteScope = keyof typeof DELETE_SCOPES;

/** The reading preferences, each shown as a data-* attribute on <html>. */
export const PREFERENCE_NAMES = ['text-size', 'spacing', 'tint', 'font', 'motion'] as const;

/** Deletes every Attune key on this device and puts the page back to standard reading preferences. */
export function deleteEverything(): number {
  const found = savedKeys();
  try {
    localStorage.setItem(DELETED_SIGNAL, String(Date.now()));
  } catch {
    /* storage blocked: there is nothing to delete either */
  }
  for (const key of found) remove(key);
  remove(DELETED_SIGNAL);
  for (const name of PREFERENCE_NAMES) document.documentElement.removeAttribute(`data-${name}`);
  return found.length;
}
