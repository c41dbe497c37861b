import { MENTORING_PLAN_SCHEMA_VERSION, MentoringPlanRecordSchema } from '@attune/sdk/mentoring';

/** What the mentoring page stores: the plan machine's persisted snapshot, marked as a saved plan. */
export const SAVED_PLAN_FORMAT = 'attune.saved-mentoring-plan';

/**
 * Reads a saved action plan and checks it with the plan record's own schema before anything draws
 * it, so a plan edited by hand or damaged (a malformed step, an unknown "who", a goal that is
 * null, a meeting about a step that is not there) is refused as a whole, never half-shown and
 * never thrown. Returns the snapshot to resume, or null.
 */
export function readSavedPlan(text: string | null, states: readonly string[]): unknown {
  try {
    const saved = JSON.parse(text ?? 'null');
    if (saved?.format !== SAVED_PLAN_FORMAT || typeof saved.snapshot !== 'object') return null;
    const { value, context } = saved.snapshot ?? {};
    if (typeof value !== 'string' || !states.includes(value) || typeof context !== 'object')
      return null;
    // The context is the record less its errors: check it as the record it will become. The
    // errors of the last refused event are not kept; the plan reopens without them.
    const { error: _error, errors: _errors, ...plan } = context ?? {};
    // A plan saved in an earlier version's shape is read as that version and brought up to date.
    const asVersion = (schemaVersion: number) =>
      MentoringPlanRecordSchema.safeParse({
        schemaVersion,
        kind: 'attune.mentoring-plan',
        ...plan,
      });
    let record = asVersion(MENTORING_PLAN_SCHEMA_VERSION);
    for (let v = MENTORING_PLAN_SCHEMA_VERSION - 1; v >= 1 && !record.success; v--)
      record = asVersion(v);
    if (!record.success) return null;
    const { schemaVersion: _v, kind: _k, ...current } = record.data;
    const known = current.meetings.every((m) =>
      m.updates.every((u) => current.goals[u.goal]?.steps[u.step] !== undefined),
    );
    return known ? { ...saved.snapshot, context: { ...current, errors: [], error: null } } : null;
  } catch {
    return null; // not JSON, or nested too deeply to read
  }
}
