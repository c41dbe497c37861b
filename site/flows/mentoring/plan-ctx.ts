import type { SnapshotFrom } from 'xstate';
import type { MentoringError, MentoringEvent, MentoringPlanMachine } from '@attune/sdk/mentoring';
import type { Questionnaire } from '@attune/sdk/questionnaire';
import type { Messages } from '../../ui/messages';
import type { FlowError } from '../../ui/runner';

/** A page-only step drawn over the plan machine's state. */
export type Overlay = 'meeting' | 'print' | 'close' | 'details' | 'motivation' | null;

/** What every view of the action plan reads and can do. */
export interface PlanCtx {
  snapshot: SnapshotFrom<MentoringPlanMachine>;
  /** Sends an event; returns the machine's errors if it refused it, all at once (none if it took it). */
  send(event: MentoringEvent): readonly MentoringError[];
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

/**
 * The machine's errors as the page shows them: each linked to the control its event field is drawn
 * as (`to` gives the control's id for a field such as `text` or `updates.0.why`); an error
 * without a field, or with one the page does not draw, links to the step's first field.
 */
export const linked = (
  errors: readonly MentoringError[],
  to: (field: string) => string | undefined,
): FlowError[] =>
  errors.map((e) => {
    const field = e.field === undefined ? undefined : to(e.field);
    return field === undefined
      ? { code: e.code, message: e.message }
      : { code: e.code, message: e.message, field };
  });
