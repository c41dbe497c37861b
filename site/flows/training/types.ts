import type { SnapshotFrom } from 'xstate';
import type {
  TrainingError,
  TrainingEvent,
  TrainingMachine,
  TrainingModule,
} from '@attune/sdk/training';
import type { Messages } from '../../ui/messages';

/** What the module page gives the flow (island props: plain data, drawn at build time). */
export interface TrainingProps {
  module: TrainingModule;
  /** The parts of the message catalogue this flow shows. */
  messages: Pick<Messages, 'error' | 'training'>;
  /** Each lesson's page, by lesson id. */
  lessonHrefs: Record<string, string>;
  certificateHref: string;
  /** Questions in one form of the knowledge test, and the pass mark in per cent, from the SDK. */
  formSize: number;
  passMark: number;
}

/** What each view of a module reads and can do. */
export interface TrainingCtx extends TrainingProps {
  snapshot: SnapshotFrom<TrainingMachine>;
  send(event: TrainingEvent): void;
  /** The machine's error for one of the event's fields (`ratings.2`, `optionId`), if any. */
  errorFor(field: string): TrainingError | undefined;
}

/** The time an event carries: now, from the page (the machine never reads the clock). */
export const now = () => new Date().toISOString();
/** A new seed for drawing questions. */
export const seed = () => Math.floor(Math.random() * 2 ** 31);
