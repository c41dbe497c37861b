import { recipientLabel, REFERRAL_STATUS_WORDS } from '@attune/sdk/follow-up';
import { longDate } from '../../scripts/dates';
import { SummaryList, type SummaryRow } from '../../ui/components/summary-list';
import { h } from '../../ui/h';
import { t } from '../../ui/messages';
import type { ReferralCtx } from './types';

/** Where the referral stands: its status, where it went, and the day of each step. */
export function StatusView({ ctx }: { ctx: ReferralCtx }) {
  const r = ctx.snapshot.context.record;
  const row = (key: string, value: string): SummaryRow => ({
    key: { text: key },
    value: { text: value },
  });
  const when = (d: string | null) => (d ? longDate(d) : t('referral.status.notYet'));
  const quoted = (o: { text: string; personsWords: boolean }) =>
    o.personsWords ? `“${o.text}”` : o.text;
  const rows = [
    row(t('referral.status.status'), REFERRAL_STATUS_WORDS[r.status]),
    r.status !== 'preparing'
      ? row(t('referral.status.to'), r.otherService ?? recipientLabel(r.to))
      : null,
    r.consentOn ? row(t('referral.status.agreed'), longDate(r.consentOn)) : null,
    row(t('referral.status.sent'), when(r.sentOn)),
    row(t('referral.status.accepted'), when(r.acceptedOn)),
    row(t('referral.status.assessed'), when(r.assessedOn)),
    r.closedOn ? row(REFERRAL_STATUS_WORDS[r.status], longDate(r.closedOn)) : null,
    r.outcome ? row(t('referral.status.outcome'), quoted(r.outcome)) : null,
  ].filter((x): x is SummaryRow => x !== null);
  return [
    // The runner moves focus here when the referral moves on to a new step.
    h(
      'h2',
      { class: 'govuk-heading-l', id: 'status-heading', 'data-focus': true },
      t('referral.status.heading'),
    ),
    h(SummaryList, { rows, attributes: { 'data-testid': 'referral-status' } }),
  ];
}
