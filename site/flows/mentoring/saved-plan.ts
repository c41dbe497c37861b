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
    // The context is the record less its error: check it as the record it will become.
    const { error, ...plan } = context ?? {};
    if (!(error === null || typeof error === 'string')) return null;
    // A plan saved before the record's version 2 is read as version 1 and brought up to date.
    const asVersion = (schemaVersion: number) =>
      MentoringPlanRecordSchema.safeParse({
        schemaVersion,
        kind: 'attune.mentoring-plan',
        ...plan,
      });
    let record = asVersion(MENTORING_PLAN_SCHEMA_VERSION);
    if (!record.success) record = asVersion(1);
    if (!record.success) return null;
    const { schemaVersion: _v, kind: _k, ...current } = record.data;
    const known = current.meetings.every((m) =>
      m.updates.every((u) => current.goals[u.goal]?.steps[u.step] !== undefined),
    );
    return known ? { ...saved.snapshot, context: { ...current, error } } : null;
  } catch {
    return null; // not JSON, or nested too deeply to read
  }
}
