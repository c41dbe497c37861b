import type { SnapshotFrom } from 'xstate';
import type {
  AdjustmentPlanEvent,
  AdjustmentPlanMachine,
  PlanError,
} from '@attune/sdk/adjustments/plan';
import type { CatalogueEntry } from '../screening/types';

/** What each view of agreeing a plan reads and can do. */
export interface AgreeCtx {
  snapshot: SnapshotFrom<AdjustmentPlanMachine>;
  send(event: AdjustmentPlanEvent): void;
  entry(id: string): CatalogueEntry;
  /** The machine's error for one of the event's fields, if the last event was refused for it. */
  errorFor(field: string): PlanError | undefined;
}
