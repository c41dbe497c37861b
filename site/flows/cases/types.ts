import type { Messages } from '../../ui/messages';
import type { Actions } from './actions';
import type { CasesState } from './state';

/** What the /cases/ page hands its flow: the few facts its links and records need, and its words. */
export interface CasesProps {
  questionnaire: { id: string; version: string };
  links: {
    screening: string;
    mentoring: string;
    evidence: string;
    review: string;
    referral: string;
    passport: string;
  };
  messages: Partial<Messages>;
}

/** What every view of the caseload is drawn from. */
export interface CasesCtx {
  props: CasesProps;
  state: CasesState;
  actions: Actions;
  /** The error for one field, as a component's errorMessage, or null. */
  errorFor: (field: string) => { text: string } | null;
}
