import type { Questionnaire } from '@attune/sdk/questionnaire';
import type { ScreeningEvent, ScreeningMachine } from '@attune/sdk/screening';
import type { SnapshotFrom } from 'xstate';
import type { Adjustment, AdjustmentPlan } from '@attune/sdk/adjustments';
import type { PageState } from './saved';

/** The adjustment facts the page needs, embedded at build time from the SDK catalogue (sources stay on the guidance pages). */
export type CatalogueEntry = Omit<Adjustment, 'sources'>;

export interface View {
  questionnaire: Questionnaire;
  catalogue: CatalogueEntry[];
  snapshot: SnapshotFrom<ScreeningMachine>;
  page: PageState;
  saving: boolean;
  send(event: ScreeningEvent): void;
  /** Re-render the current step after a page-only change (Easy Read, notes, saving). */
  refresh(): void;
  setSaving(on: boolean): void;
  /** A page-only screen shown over the machine's step (the printable plan, the stop check). */
  overlay: 'plan' | 'confirm-stop' | null;
  setOverlay(overlay: 'plan' | 'confirm-stop' | null): void;
  /** The plan agreed with the person after the screening, once there is one. */
  plan: AdjustmentPlan | null;
  /** Start agreeing the plan (loads the plan flow on first use). */
  agree(): void;
  startAgain(): void;
  guidanceHref(id: string): string;
}
