/**
 * The records in a plain case bundle that the evidence base counts (screenings, ended-screening
 * notes, practical-support checks, adjustment plans, and the follow-up reviews and referrals), or null when the value is not a plain case bundle. It does not check
 * the records: the evidence accumulator does that and names any it cannot use. Encrypted bundles
 * give null; open them with `readCaseBundle` first.
 */
export function caseBundleRecords(value: unknown): unknown[] | null {
  if (!value || typeof value !== 'object') return null;
  const bundle = value as { kind?: unknown; cases?: unknown };
  if (bundle.kind !== 'attune.case-bundle' || !Array.isArray(bundle.cases)) return null;
  const records: unknown[] = [];
  for (const c of bundle.cases) {
    const entries = (c as { entries?: unknown } | null)?.entries;
    if (!Array.isArray(entries)) continue;
    for (const e of entries as { kind?: unknown; record?: unknown }[])
      if (
        e &&
        [
          'screening',
          'screening-ended',
          // Counted as what it is (a practical-support check) by its questionnaire id.
          'check',
          'adjustment-plan',
          'review',
          'referral-record',
        ].includes(String(e.kind))
      )
        records.push(e.record);
  }
  return records;
}
