import * as z from 'zod/mini';
import { DaySchema } from './dates.js';
import { RECIPIENT_IDS } from './recipients.js';

/** The `schemaVersion` every referral record carries. */
export const REFERRAL_SCHEMA_VERSION = 1;
/** Where a referral stands, in the only order it can move. */
export const REFERRAL_STATUSES = [
  'preparing',
  'sent',
  'accepted',
  'assessed',
  'not-accepted',
  'withdrawn',
] as const;
/** One of `REFERRAL_STATUSES`. */
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Plain words for each status, written once for pages, letters and tables. */
export const REFERRAL_STATUS_WORDS: Record<ReferralStatus, string> = {
  preparing: 'Not sent yet',
  sent: 'Sent',
  accepted: 'Accepted',
  assessed: 'Assessed',
  'not-accepted': 'Not accepted',
  withdrawn: 'Withdrawn',
};

const day = /* @__PURE__ */ z.nullable(DaySchema);

/**
 * A referral for assessment or support: to whom, the person's consent, the dates it was sent,
 * accepted and assessed, and the outcome, in the person's words where they want. The referral
 * machine keeps the dates in order; `restoreReferral` refuses a record it could not have made.
 */
export const ReferralRecordSchema = /* @__PURE__ */ z.strictObject({
  schemaVersion: z.literal(REFERRAL_SCHEMA_VERSION),
  kind: z.literal('attune.referral'),
  reference: z.nullable(z.string().check(z.maxLength(100))),
  to: z.enum(RECIPIENT_IDS),
  /** The service's name when `to` is `other`. */
  otherService: z.nullable(z.string().check(z.minLength(2), z.maxLength(80))),
  /** Need areas (domain ids) the referral is about. */
  areas: z.array(z.string()),
  /** The day the person agreed to this referral; a referral is never sent without it. */
  consentOn: day,
  status: z.enum(REFERRAL_STATUSES),
  sentOn: day,
  acceptedOn: day,
  assessedOn: day,
  /** The day it was not accepted or was withdrawn. */
  closedOn: day,
  outcome: z.nullable(
    z.strictObject({
      text: z.string().check(z.minLength(2), z.maxLength(1000)),
      /** True when the text is the person's own words, written as they said them. */
      personsWords: z.boolean(),
    }),
  ),
});
/** A referral, as `ReferralRecordSchema` checks it. */
export type ReferralRecord = z.output<typeof ReferralRecordSchema>;
