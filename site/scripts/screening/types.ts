import type { Questionnaire } from '@attune/sdk/questionnaire';
import type { ScreeningEvent, ScreeningMachine } from '@attune/sdk/screening';
import type { SnapshotFrom } from 'xstate';
import type { Adjustment, AdjustmentPlan } from '@attune/sdk/adjustments';
import type { PageState, RunStore } from './saved';

export type { RunStore };

/** The adjustment facts the page needs, embedded at build time from the SDK catalogue (sources stay on the guidance pages). */
export type CatalogueEntry = Omit<Adjustment, 'sources'>;

/** The views shown once a run is complete, loaded only then. */
export interface EndViews {
  outcomeTitle: string;
  outcomeView(view: View): Node[];
  planView?(view: View): Node[];
}

export interface AppOptions {
  /** What the page calls a run, in sentences: "screening" or "check". */
  noun: string;
  /** The run's name above each heading, such as "Needs screening". */
  caption: string;
  store: RunStore;
  endViews(): Promise<EndViews>;
  guidanceBase: string;
  /** More for the intro, after the Start button (the mentoring page's "open a plan file"). */
  introExtra?: () => Node;
}

export interface View {
  questionnaire: Questionnaire;
  catalogue: CatalogueEntry[];
  noun: string;
  caption: string;
  /** The element the run is drawn in; a flow that follows the run (a plan) may take it over. */
  root: HTMLElement;
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
  startAgain(): void;
  guidanceHref(id: string): string;
  introExtra?: () => Node;
}
