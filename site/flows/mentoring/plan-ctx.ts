import type { SnapshotFrom } from 'xstate';
import type { MentoringEvent, MentoringPlanMachine } from '@attune/sdk/mentoring';
import type { Questionnaire } from '@attune/sdk/questionnaire';
import type { Messages } from '../../ui/messages';
import type { FlowError } from '../../ui/runner';

/** A page-only step drawn over the plan machine's state. */
export type Overlay = 'meeting' | 'print' | 'close' | 'details' | 'motivation' | null;

/** What every view of the action plan reads and can do. */
export interface PlanCtx {
  snapshot: SnapshotFrom<MentoringPlanMachine>;
  /** Sends an event; returns the machine's error if it refused it, or null. */
  send(event: MentoringEvent): string | null;
  questionnaire: Pick<Questionnaire, 'domains'>;
  /** The page's message catalogue, for a check run from the plan. */
  messages: Messages;
  /** Adjustment titles by id, to name what the person agreed to. */
  titles: Record<string, string>;
  saving: boolean;
  setSaving(on: boolean): void;
  overlay: Overlay;
  /** Moves to a page-only step (or back to the plan), with a success message to show there. */
  setOverlay(next: Overlay, message?: string | null): void;
  /** The step's errors, each linked to its control by id; all shown at once in the summary. */
  errors: readonly FlowError[];
  setErrors(errors: FlowError[]): void;
  errorFor(field: string): FlowError | undefined;
  /** A success message for the step just reached ("The meeting on … is recorded"). */
  flash: string | null;
  startAgain(): void;
}
