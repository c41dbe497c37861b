/**
 * Built-in answer scales. Frequency and yes/no items share these so that every question of a
 * kind reads and scores the same way, and definitions stay short.
 */
export interface ScaleOption {
  readonly value: string;
  readonly label: string;
  readonly easyRead: string;
  readonly score: number;
  /** Multiple choice: chosen on its own or not at all. */
  readonly exclusive?: boolean;
}

/** How often something happens; "most of the time" carries the most need unless the item is reversed. */
export const frequencyScale: readonly ScaleOption[] = [
  { value: 'never', label: 'Never or hardly ever', easyRead: 'No, not really', score: 0 },
  { value: 'sometimes', label: 'Sometimes', easyRead: 'Sometimes', score: 1 },
  { value: 'often', label: 'Often', easyRead: 'A lot', score: 2 },
  { value: 'most-of-the-time', label: 'Most of the time', easyRead: 'Nearly always', score: 3 },
];

/**
 * The Easy Read frequency scale: three points in words a person with a learning disability uses.
 * Its values are the first three of `frequencyScale`, so an Easy Read answer scores the same way.
 */
export const easyReadFrequencyScale: readonly Pick<ScaleOption, 'value' | 'easyRead'>[] = [
  { value: 'never', easyRead: 'No' },
  { value: 'sometimes', easyRead: 'Sometimes' },
  { value: 'often', easyRead: 'A lot' },
];

/** Yes carries the need unless the item is reversed. */
export const yesNoScale: readonly ScaleOption[] = [
  { value: 'yes', label: 'Yes', easyRead: 'Yes', score: 1 },
  { value: 'no', label: 'No', easyRead: 'No', score: 0 },
];
