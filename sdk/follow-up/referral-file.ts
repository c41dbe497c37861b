import * as z from 'zod/mini';
import {
  ConsentToShareSchema,
  SharingLinesSchema,
  sharingStatement,
  type ConsentToShare,
} from './consent.js';
import { ReferralRecordSchema, type ReferralRecord } from './referral-record.js';

/**
 * The file a practitioner downloads to carry a referral on later: the referral, the person's
 * consent to share, and `sharing`, what they agreed to share with whom in the plain words of
 * `sharingStatement` as it stood that day, so the file itself says it wherever it goes.
 */
export const ReferralFileSchema = /* @__PURE__ */ z.strictObject({
  referral: ReferralRecordSchema,
  consent: ConsentToShareSchema,
  sharing: SharingLinesSchema,
});
/** A referral file, as `ReferralFileSchema` checks it. */
export type ReferralFile = z.output<typeof ReferralFileSchema>;

/** The referral and consent as one file, with the sharing lines as they stand on `day`. */
export function referralFile(
  referral: ReferralRecord,
  consent: ConsentToShare,
  day: string,
): ReferralFile {
  return { referral, consent, sharing: sharingStatement(consent, day) };
}
