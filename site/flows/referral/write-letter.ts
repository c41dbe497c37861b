// Loaded only when a letter is made: writing it brings the adjustment catalogue's titles and the
// questionnaire's rules with it, about 14 KB gzip the page does not need until then.
export { letterText, referralLetter } from '@attune/sdk/follow-up';
