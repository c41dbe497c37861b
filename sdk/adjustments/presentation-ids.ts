/**
 * The catalogue's adjustments that change how papers are given to the person, which flows other
 * than the adjustment plan act on (the mentoring plan's Easy Read copy and text reminders). Kept
 * here once, beside the catalogue (a test holds them to it), so no machine spells them out.
 */

/** Agreeing any of these means the person's copies are written in Easy Read. */
export const EASY_READ_ADJUSTMENTS: readonly string[] = [
  'easy-read-documents',
  'plain-english-letters',
];

/** Agreeing any of these means the person is sent a text before each date. */
export const TEXT_REMINDER_ADJUSTMENTS: readonly string[] = ['text-reminders'];
