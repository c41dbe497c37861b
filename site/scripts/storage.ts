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
  training: `${STORAGE_PREFIX}training`,
  learnerName: `${STORAGE_PREFIX}learner-name`,
} as const;

export function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage blocked: behave as if nothing is saved
  }
}

export function write(key: string, value: string): boolean {
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
    return Object.keys(localStorage).filter((k) => k.startsWith(STORAGE_PREFIX));
  } catch {
    return [];
  }
}

/** The reading preferences, each shown as a data-* attribute on <html>. */
export const PREFERENCE_NAMES = ['text-size', 'spacing', 'tint', 'font', 'motion'] as const;

/** Deletes every Attune key on this device and puts the page back to standard reading preferences. */
export function deleteEverything(): number {
  const found = savedKeys();
  for (const key of found) remove(key);
  for (const name of PREFERENCE_NAMES) document.documentElement.removeAttribute(`data-${name}`);
  return found.length;
}
