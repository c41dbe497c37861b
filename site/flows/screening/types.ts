import type { ComponentChildren, ComponentType } from 'preact';
import type { SnapshotFrom } from 'xstate';
import type { Adjustment, AdjustmentPlan } from '@attune/sdk/adjustments';
import type { Questionnaire } from '@attune/sdk/questionnaire';
import type { Demographics, ScreeningEvent, ScreeningMachine } from '@attune/sdk/screening';
import type { Messages } from '../../ui/messages';
import type { PageState, RunStore } from './saved';

/** The adjustment facts the page needs, embedded at build time from the SDK catalogue. */
export type CatalogueEntry = Omit<Adjustment, 'sources'>;

/** What the page gives the flow (island props: plain data, drawn at build time and hydrated). */
export interface ScreeningProps {
  questionnaire: Questionnaire;
  catalogue: CatalogueEntry[];
  messages: Messages;
  /** What the page calls a run, in sentences: "screening". */
  noun: string;
  /** The run's name above headings: "Needs screening". */
  caption: string;
  store: RunStore;
  guidanceBase: string;
  /** The page's own prose for the intro, and for finishing at the review (HTML from Astro slots). */
  slots: { intro?: string; finish?: string };
  /**
   * Another questionnaire's own ending (the practical-support check's summary), loaded when the
   * run completes; without it the run ends on the needs screening's outcome and plan. Given by a
   * page's own flow in the browser, never as JSON.
   */
  ending?: RunEnding;
  /** Drawn below the intro's Start button (the mentoring page's "carry on with a plan"). */
  introExtra?: ComponentChildren;
  /**
   * What a finished or ended run is filed under inside a case; the needs screening's kinds when
   * not given. Given by a page's own flow in the browser (the check's are `check`, `check-ended`).
   * null: the run is part of a record that is filed itself (the motivation check, whose answers
   * go into the mentoring plan), so neither it nor its progress is kept in the case on its own.
   */
  caseKinds?: CaseKinds | null;
}

/** The case entry kinds a run's record and its ended note go into. */
export interface CaseKinds {
  done: 'screening' | 'check';
  ended: 'screening-ended' | 'check-ended';
}

/** A run's last step when it is not the needs screening's: its title and its view, loaded late. */
export interface RunEnding {
  title: string;
  load(): Promise<ComponentType<{ ctx: Ctx }>>;
}

/** A page-only screen over the machine's step. */
export type Overlay = 'confirm-stop' | 'plan' | 'agree' | 'found' | 'equality' | null;

/** What every view of the flow reads and can do. */
export interface Ctx extends ScreeningProps {
  snapshot: SnapshotFrom<ScreeningMachine>;
  send(event: ScreeningEvent): void;
  page: PageState;
  setPage(next: PageState): void;
  saving: boolean;
  setSaving(on: boolean): void;
  setOverlay(next: Overlay): void;
  plan: AdjustmentPlan | null;
  /** The equality answers given after the run (already in `snapshot.context.record`), or null. */
  equality: Demographics | null;
  startAgain(): void;
  guidanceHref(id: string): string;
}
