import * as z from 'zod/mini';
import { isCalendarDate } from '../common/calendar-date.js';
import type { FlowError } from '../common/flow-error.js';
import { dayInWords, DaySchema } from './dates.js';

/** The `schemaVersion` every consent-to-share record carries. */
export const CONSENT_SCHEMA_VERSION = 1;

/**
 * One decision by the person about one recipient: share or not, on what day, and when to ask
 * again. A later decision about the same recipient replaces the earlier one, so withdrawing
 * consent is simply a new decision with `agreed: false`; the history stays for the record.
 */
export const ConsentDecisionSchema = /* @__PURE__ */ z.strictObject({
  /** A referral recipient id (`gp`…) or the practitioner's short name for anyone else (`hostel`). */
  recipient: z.string().check(z.minLength(1), z.maxLength(60)),
  label: z.string().check(z.minLength(1), z.maxLength(80)),
  agreed: z.boolean(),
  on: DaySchema,
  /** The day to ask the person again; consent is not relied on after it. */
  reviewBy: DaySchema,
});
/** One consent decision, as `ConsentDecisionSchema` checks it. */
export type ConsentDecision = z.output<typeof ConsentDecisionSchema>;

/** What the person agreed to share with whom, every decision in the order it was made. */
export const ConsentToShareSchema = /* @__PURE__ */ z.strictObject({
  schemaVersion: z.literal(CONSENT_SCHEMA_VERSION),
  kind: z.literal('attune.consent-to-share'),
  reference: z.nullable(z.string().check(z.maxLength(100))),
  decisions: z.array(ConsentDecisionSchema),
});
/** A consent-to-share record, as `ConsentToShareSchema` checks it. */
export type ConsentToShare = z.output<typeof ConsentToShareSchema>;

// Defined in common/ so the adjustment plan's file can carry the same lines without importing follow-up.
export { SharingLinesSchema } from '../common/sharing-lines.js';

/** A new, empty consent record. */
export function emptyConsent(reference: string | null = null): ConsentToShare {
  return {
    schemaVersion: CONSENT_SCHEMA_VERSION,
    kind: 'attune.consent-to-share',
    reference,
    decisions: [],
  };
}

/** Why a consent decision was refused; `field` names the decision's field. */
export type ConsentError = FlowError<'recipient' | 'label' | 'agreed' | 'date' | 'review-date'>;

/**
 * What is wrong with a decision, all at once: who it is about, whether the person agreed, its
 * date and its review date, and that it is not dated before the last decision about the same
 * recipient (a record cannot be rewritten backwards). The one rule `recordConsent` and a page follow.
 */
export function consentErrors(
  consent: ConsentToShare,
  decision: Partial<ConsentDecision>,
): ConsentError[] {
  const errors: ConsentError[] = [];
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const recipient = text(decision.recipient);
  if (!recipient || recipient.length > 60)
    errors.push({
      code: 'recipient',
      message: 'Choose who the decision is about',
      field: 'recipient',
    });
  const label = text(decision.label);
  if (!label || label.length > 80)
    errors.push({
      code: 'label',
      message: 'Name the service or person in 80 characters or fewer, for example hostel',
      field: 'label',
    });
  if (typeof decision.agreed !== 'boolean')
    errors.push({ code: 'agreed', message: 'Choose whether the person agreed', field: 'agreed' });
  const on = decision.on;
  if (!isCalendarDate(on))
    errors.push({
      code: 'date',
      message: 'Enter the date of the decision as a real date, like 27 3 2027',
      field: 'on',
    });
  if (!isCalendarDate(decision.reviewBy))
    errors.push({
      code: 'review-date',
      message: 'Enter the date to ask again as a real date, like 27 3 2028',
      field: 'reviewBy',
    });
  else if (isCalendarDate(on) && decision.reviewBy <= on)
    errors.push({
      code: 'review-date',
      message: 'The date to ask again must be after the decision',
      field: 'reviewBy',
    });
  const last = recipient ? latest(consent, recipient, '9999-12-31') : null;
  if (isCalendarDate(on) && last && on < last.on)
    errors.push({
      code: 'date',
      message: 'A decision cannot be dated before the last one for this recipient',
      field: 'on',
    });
  return errors;
}

/**
 * Adds a decision. It must be a valid decision dated on or after the last one about the same
 * recipient; otherwise the record comes back as it was with the errors to show (`error` is the
 * first of them in words).
 */
export function recordConsent(
  consent: ConsentToShare,
  decision: ConsentDecision,
): { consent: ConsentToShare; error: string | null; errors: ConsentError[] } {
  const errors = consentErrors(consent, decision);
  const parsed = ConsentDecisionSchema.safeParse(decision);
  if (!errors.length && !parsed.success)
    errors.push({
      code: 'recipient',
      message: 'Give who it is, whether the person agreed, the date and a review date',
    });
  if (errors.length || !parsed.success) return { consent, error: errors[0]!.message, errors };
  return {
    consent: { ...consent, decisions: [...consent.decisions, parsed.data] },
    error: null,
    errors: [],
  };
}

/** The person withdraws consent for one recipient from a day on. */
export function withdrawConsent(
  consent: ConsentToShare,
  recipient: string,
  on: string,
): { consent: ConsentToShare; error: string | null; errors: ConsentError[] } {
  const last = latest(consent, recipient, '9999-12-31');
  return recordConsent(consent, {
    recipient,
    label: last?.label ?? recipient,
    agreed: false,
    on,
    reviewBy: last && last.reviewBy > on ? last.reviewBy : nextYear(on),
  });
}

function nextYear(day: string): string {
  return `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`.replace('-02-29', '-02-28');
}

function latest(consent: ConsentToShare, recipient: string, on: string) {
  let found: ConsentDecision | null = null;
  for (const d of consent.decisions) if (d.recipient === recipient && d.on <= on) found = d;
  return found;
}

/** How the person's decision about one recipient stands on a day. */
export interface ConsentStanding {
  recipient: string;
  label: string;
  /** `yes`: agreed and not yet due for review; `check-again`: agreed but past its review date. */
  status: 'yes' | 'no' | 'check-again';
  on: string;
  reviewBy: string;
}

/** Every recipient the person has decided about, as things stand on `day`. */
export function consentOn(consent: ConsentToShare, day: string): ConsentStanding[] {
  const recipients = [...new Set(consent.decisions.map((d) => d.recipient))];
  return recipients.flatMap((r) => {
    const d = latest(consent, r, day);
    if (!d) return [];
    const status = !d.agreed ? 'no' : d.reviewBy < day ? 'check-again' : 'yes';
    return [{ recipient: r, label: d.label, status, on: d.on, reviewBy: d.reviewBy }];
  });
}

/**
 * True only when the person agreed to share with this recipient, has not withdrawn it, and the
 * agreement is not past its review date on `day`. Every print and export asks this first.
 */
export function mayShareWith(consent: ConsentToShare, recipient: string, day: string): boolean {
  return consentOn(consent, day).some((s) => s.recipient === recipient && s.status === 'yes');
}

/**
 * What the person agreed to share with whom, in plain words, for the foot of every print and
 * export. Lines, so a page can list them and a letter can print them.
 */
export function sharingStatement(consent: ConsentToShare, day: string): string[] {
  const all = consentOn(consent, day);
  const names = (status: ConsentStanding['status']) =>
    all.filter((s) => s.status === status).map((s) => s.label);
  const yes = names('yes');
  const no = names('no');
  const again = names('check-again');
  const lines = [
    yes.length
      ? `The person agreed to share this with: ${yes.join(', ')}.`
      : 'The person has not agreed to share this with anyone.',
  ];
  if (no.length) lines.push(`The person did not agree to share it with: ${no.join(', ')}.`);
  if (again.length)
    lines.push(
      `Ask again before sharing with: ${again.join(', ')} (the agreement is past its review date).`,
    );
  // Printed for a custody sergeant or a GP, so the day is in words, not YYYY-MM-DD.
  lines.push(`Consent as it stood on ${dayInWords(day)}.`);
  return lines;
}
