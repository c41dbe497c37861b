import type { PartId, Passport, PassportDraft, PassportSources } from '@attune/sdk/follow-up';
import type { CaseHere } from '../../scripts/cases/here';
import type { DateParts } from '../../ui/days';
import type { Messages } from '../../ui/messages';
import type { PageErrors } from '../../ui/page-errors';

/** What the page gives the flow: the parts of the message catalogue it shows. */
export interface PassportProps {
  messages: Pick<Messages, 'error' | 'dates' | 'passport'>;
}

/** Everything the person has chosen or typed so far, kept by the flow so nothing is lost. */
export interface PassportState {
  sources: PassportSources;
  draft: PassportDraft;
  audiences: string[];
  checkAgain: DateParts;
  /** What is typed in each part's "own words" box, not yet added. */
  typing: Partial<Record<PartId, string>>;
  passport: Passport | null;
  /** How many times it has been made, so making it again is a new step that takes focus. */
  made: number;
}

/** What every part of the passport page reads and can do. */
export interface PassportCtx extends PageErrors {
  state: PassportState;
  /** Changes part of the state: a change, or a function of the state as it is by then. */
  update(change: Partial<PassportState> | ((s: PassportState) => Partial<PassportState>)): void;
  day: string;
  here: CaseHere | null;
}
