/** A published table row: category counts and their total, each a number or null when suppressed. */
export interface SuppressedRow {
  cells: Record<string, number | null>;
  total: number | null;
}

/**
 * Small-number suppression as official statistics do it. Primary: any count from 1 to
 * `threshold − 1` is hidden. Secondary: a row whose total is shown must not have exactly one
 * hidden cell (it could be worked out by subtraction), so the next smallest non-zero count is
 * hidden too; where no such count exists, the total is hidden instead. A total below the
 * threshold is hidden with every non-zero cell.
 */
export function suppressRow(
  cells: Record<string, number>,
  total: number,
  threshold: number,
): SuppressedRow {
  const small = (n: number) => n >= 1 && n < threshold;
  const out: Record<string, number | null> = {};
  if (small(total)) {
    for (const [k, v] of Object.entries(cells)) out[k] = v === 0 ? 0 : null;
    return { cells: out, total: null };
  }
  const hidden = new Set(
    Object.entries(cells)
      .filter(([, v]) => small(v))
      .map(([k]) => k),
  );
  if (hidden.size === 1) {
    const next = Object.entries(cells)
      .filter(([k, v]) => !hidden.has(k) && v > 0)
      .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0];
    if (next) hidden.add(next[0]);
  }
  for (const [k, v] of Object.entries(cells)) out[k] = hidden.has(k) ? null : v;
  // Still one hidden cell (every other cell is zero): hiding the total is the only protection left.
  const hideTotal = hidden.size === 1;
  return { cells: out, total: hideTotal ? null : total };
}
