import type { SnapshotFrom } from 'xstate';
import type {
  ConsentToShare,
  ReferralEvent,
  ReferralLetter,
  ReferralMachine,
} from '@attune/sdk/follow-up';
import type { Questionnaire } from '@attune/sdk/questionnaire';
import type { ScreeningRecord } from '@attune/sdk/screening';
import type { CaseHere } from '../../scripts/cases/here';
import type { DateParts } from '../../ui/days';
import type { Messages } from '../../ui/messages';
import type { PageErrors } from '../../ui/page-errors';

/** What the page gives the flow: the parts of the message catalogue it shows. */
export interface ReferralProps {
  messages: Pick<Messages, 'error' | 'dates' | 'referral'>;
}

/** A consent decision as its form holds it, kept by the flow so a step moving on loses nothing. */
export interface ConsentDraft {
  recipient: string;
  name: string;
  agreed: string;
  on: DateParts;
  reviewBy: DateParts;
}

/** The screening a letter is written from, with the questionnaire that words it. */
export interface LetterSource {
  screening: ScreeningRecord;
  questionnaire: Questionnaire;
}

/** What every part of the referral page reads and can do. */
export interface ReferralCtx extends PageErrors {
  snapshot: SnapshotFrom<ReferralMachine>;
  /** Today on this device: the machine and the consent never read the clock. */
  day: string;
  here: CaseHere | null;
  /**
   * Sends an event. True when the machine took it; otherwise its errors are shown, each linked
   * to the control `fields` names for the event's field (`on` → the date input's id).
   */
  send(event: ReferralEvent, fields?: Record<string, string>): boolean;
  consent: ConsentToShare;
  setConsent(consent: ConsentToShare): void;
  draft: ConsentDraft;
  setDraft(draft: ConsentDraft): void;
  source: LetterSource | null;
  setSource(source: LetterSource): void;
  letter: ReferralLetter | null;
  setLetter(letter: ReferralLetter | null): void;
  examples: string;
  setExamples(text: string): void;
  /** Carries on from a saved file: a new actor and its consent. */
  restore(actor: import('xstate').Actor<ReferralMachine>, consent: ConsentToShare): void;
}
