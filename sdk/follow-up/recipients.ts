/**
 * Where a referral can go. The labels are written here once; the letter, the pages and the
 * evidence tables all import them.
 */
export const RECIPIENTS = [
  { id: 'gp', label: 'GP' },
  { id: 'adult-adhd-service', label: 'Adult ADHD diagnostic service' },
  { id: 'adult-autism-service', label: 'Adult autism diagnostic service' },
  { id: 'learning-disability-team', label: 'Learning disability team' },
  { id: 'brain-injury-service', label: 'Brain injury service' },
  { id: 'speech-and-language-therapy', label: 'Speech and language therapy' },
  { id: 'liaison-and-diversion', label: 'Liaison and Diversion' },
  { id: 'mental-health-service', label: 'Mental health service' },
  { id: 'other', label: 'Other service' },
] as const;

/** The id of one of the `RECIPIENTS`. */
export type RecipientId = (typeof RECIPIENTS)[number]['id'];
/** The ids of the `RECIPIENTS`, in order, for schemas and menus. */
export const RECIPIENT_IDS = RECIPIENTS.map((r) => r.id) as unknown as readonly [
  RecipientId,
  ...RecipientId[],
];

/** The label for a recipient id, or the id itself for one Attune does not know. */
export function recipientLabel(id: string): string {
  return RECIPIENTS.find((r) => r.id === id)?.label ?? id;
}
