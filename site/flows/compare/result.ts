import { compareScreenings } from '@attune/sdk/follow-up';
import { profileSummary, ScreeningRecordSchema, type ScreeningRecord } from '@attune/sdk/screening';
import { SummaryList } from '../../ui/components/summary-list';
import { WarningText } from '../../ui/components/warning-text';
import { h, useLayoutEffect, useRef } from '../../ui/h';
import { t } from '../../ui/messages';
import { ProfileChart } from '../../ui/profile-chart';
import { longDate } from '../../scripts/dates';

/** A screening record from a file, or null when it does not read as one. */
export async function screeningIn(file: File): Promise<ScreeningRecord | null> {
  try {
    const parsed = ScreeningRecordSchema.safeParse(JSON.parse(await file.text()));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // not JSON
  }
}

/**
 * What changed between two screenings of the same person, by need area in words, with both
 * profiles side by side; or why they cannot be compared. Never a score. Focus moves here each
 * time a pair is opened, since it is what the choosing added to the page.
 */
export function ComparisonView({
  records: [a, b],
  labels,
}: {
  records: [ScreeningRecord, ScreeningRecord];
  labels: Record<string, string>;
}) {
  const landing = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    landing.current?.focus();
  }, [a, b]);
  const compared = compareScreenings(a, b);
  if (!compared.ok)
    return h(
      'div',
      { ref: landing, tabIndex: -1, 'data-testid': 'not-comparable' },
      h(WarningText, { text: t(`compare.refused.${compared.error}`) }),
    );
  const c = compared.comparison;
  // Then and now as one picture, each screening in its own words beside the other.
  const [earlier, later] =
    Date.parse(a.completedAt!) <= Date.parse(b.completedAt!) ? [a, b] : [b, a];
  const domains = { domains: Object.entries(labels).map(([id, label]) => ({ id, label })) };
  return h(
    'section',
    { 'aria-labelledby': 'changes-heading' },
    h(
      'h2',
      { class: 'govuk-heading-l', id: 'changes-heading', tabIndex: -1, ref: landing },
      t('compare.changesTitle'),
    ),
    h(
      'p',
      { class: 'govuk-body' },
      t('compare.changesText', {
        earlier: longDate(c.dates.earlier!),
        later: longDate(c.dates.later!),
      }),
    ),
    h(SummaryList, {
      attributes: { 'data-testid': 'changes' },
      rows: c.domains.map((d) => ({
        key: { text: labels[d.domain] ?? d.domain },
        value: { text: d.words },
      })),
    }),
    h(
      'div',
      { 'data-testid': 'compare-chart' },
      h(ProfileChart, {
        id: 'then-now',
        caption: t('compare.chartCaption'),
        profiles: [
          {
            heading: t('compare.then', { date: longDate(earlier.completedAt!) }),
            summary: profileSummary(earlier, domains),
          },
          {
            heading: t('compare.now', { date: longDate(later.completedAt!) }),
            summary: profileSummary(later, domains),
          },
        ],
      }),
    ),
  );
}
