/**
 * Built-in answer scales. Frequency and yes/no items share these so that every question of a
 * kind reads and scores the same way, and definitions stay short.
 */
export interface ScaleOption {
  readonly value: string;
  readonly label: string;
  readonly easyRead: string;
  readonly score: number;
}

/** How often something happens; "most of the time" carries the most need unless the item is reversed. */
export const frequencyScale: readonly ScaleOption[] = [
  { value: 'never', label: 'Never or hardly ever', easyRead: 'No, not really', score: 0 },
  { value: 'sometimes', label: 'Sometimes', easyRead: 'Sometimes', score: 1 },
  { value: 'often', label: 'Often', easyRead: 'A lot', score: 2 },
  { value: 'most-of-the-time', label: 'Most of the time', easyRead: 'Nearly always', score: 3 },
];

/** Yes carries the need unless the item is reversed. */
export const yesNoScale: readonly ScaleOption[] = [
  { value: 'yes', label: 'Yes', easyRead: 'Yes', score: 1 },
  { value: 'no', label: 'No', easyRead: 'No', score: 0 },
];
