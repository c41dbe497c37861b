import type { SnapshotFrom } from 'xstate';
import type { ReviewEvent, ReviewMachine } from '@attune/sdk/follow-up';
import type { Messages } from '../../ui/messages';

/** What the review page hands its flow: the parts of the message catalogue it uses. */
export interface ReviewProps {
  messages: Partial<Messages>;
}

/** What each step of a review reads and can do. */
export interface ReviewCtx {
  snapshot: SnapshotFrom<ReviewMachine>;
  send(event: ReviewEvent): void;
  /** The machine's error for one of the event's fields, as a component's errorMessage. */
  errorMessage(field: string): { text: string } | null;
}

/** The control each of the machine's event fields is drawn as, so its error links to it. */
export const fieldIds: Record<string, string> = {
  // A date input's error links to its first box, as the GOV.UK pattern asks.
  nextReviewOn: 'nextReviewOn-day',
};
/** The id of the control for an event field: the field's own name unless listed above. */
export const controlFor = (field: string): string => fieldIds[field] ?? field;
