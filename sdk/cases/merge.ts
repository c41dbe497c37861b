import type { Case, CaseEntry } from './case.js';

/** A case both sides hold but that changed differently on each: shown to the practitioner, never settled silently. */
export interface CaseConflict {
  id: string;
  local: Case;
  incoming: Case;
  /** What differs: `reference`, `openedOn`, `closedOn`, or `entry <id>` for an entry changed on both sides. */
  differences: string[];
}

/** What merging an imported caseload into this one gives. Nothing in `conflicts` has been applied. */
export interface MergeResult {
  /** This caseload after the merge: new cases added, new entries added to known cases. */
  cases: Case[];
  added: string[];
  updated: string[];
  unchanged: string[];
  conflicts: CaseConflict[];
}

/** JSON with keys sorted, so two equal records compare equal whatever order their keys came in. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

const later = (a: string | null, b: string | null) =>
  a === null ? b : b === null || a >= b ? a : b;

/**
 * Merges an imported caseload into this one by case id. A case only one side has is added; entries
 * only one side has are added to the case; a case whose reference or dates, or one of whose
 * entries, differ on the two sides is a conflict and stays as it is here until the practitioner
 * chooses (`resolveConflict`). Display names are this device's own and are never taken from a file.
 */
export function mergeCaseloads(local: readonly Case[], incoming: readonly Case[]): MergeResult {
  const result: MergeResult = { cases: [], added: [], updated: [], unchanged: [], conflicts: [] };
  const theirs = new Map(incoming.map((c) => [c.id, c]));
  for (const mine of local) {
    const other = theirs.get(mine.id);
    theirs.delete(mine.id);
    if (!other) {
      result.cases.push(mine);
      continue;
    }
    const differences = (['reference', 'openedOn', 'closedOn'] as const)
      .filter((f) => mine[f] !== other[f])
      .map(String);
    const mineEntries = new Map(mine.entries.map((e) => [e.id, e]));
    const fresh: CaseEntry[] = [];
    for (const entry of other.entries) {
      const known = mineEntries.get(entry.id);
      if (!known) fresh.push(entry);
      else if (stable(known) !== stable(entry)) differences.push(`entry ${entry.id}`);
    }
    if (differences.length) {
      result.conflicts.push({ id: mine.id, local: mine, incoming: other, differences });
      result.cases.push(mine);
    } else if (fresh.length) {
      result.updated.push(mine.id);
      result.cases.push({
        ...mine,
        entries: [...mine.entries, ...fresh],
        updatedAt: later(mine.updatedAt, other.updatedAt),
      });
    } else {
      result.unchanged.push(mine.id);
      result.cases.push(mine);
    }
  }
  for (const other of theirs.values()) {
    result.added.push(other.id);
    result.cases.push({ ...other, displayName: null });
  }
  return result;
}

/** The case to keep for a conflict: this device's as it is, or the imported one (keeping this device's display name). */
export function resolveConflict(conflict: CaseConflict, keep: 'local' | 'incoming'): Case {
  return keep === 'local'
    ? conflict.local
    : { ...conflict.incoming, displayName: conflict.local.displayName };
}
