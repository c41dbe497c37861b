import { KEY_SPACE, MAX_NOISE, publishCount, recordIdentity } from '../evidence/cell-key.js';
import type { SuppressedRow } from '../evidence/cohort.js';
import definition from '../questionnaires/practical-support.json' with { type: 'json' };
import motivation from '../questionnaires/motivation-check.json' with { type: 'json' };
import { MentoringPlanRecordSchema, type MentoringPlanRecord } from './record.js';
import { GOAL_KINDS, STEP_STATUSES, STUCK_REASONS } from './vocabulary.js';

/** How counts are protected: the cohort summary's own threshold. */
export interface MentoringEvidenceOptions {
  /** The smallest count published after noise; values from 1 to threshold − 1 are suppressed. Default 5. */
  threshold?: number;
}

/** What mentoring plans show, every count protected as the cohort summary's are. */
export interface MentoringSummary {
  schemaVersion: 1;
  threshold: number;
  /** The cohort summary's method, so the two read alike. */
  disclosure: { method: 'cell-key-perturbation'; maxNoise: number; threshold: number };
  /** Plans by where they stand: being agreed (draft), agreed and running (active), or closed. */
  plans: SuppressedRow;
  /**
   * Areas of need at the start: the areas the practical-support check found, and the person's
   * first choice, one count per plan in each area (a plan can be in several, so no total).
   */
  areasAtStart: SuppressedRow;
  /** Goals by kind: practical, or about the person's thinking and decisions. */
  goals: SuppressedRow;
  /** Steps by how they stand now. */
  steps: SuppressedRow;
  /** Stuck steps by reason; 'not-recorded' where no reason was chosen. The mentor's words are never counted. */
  stuck: SuppressedRow;
  /**
   * For each self-rating question, people rated at least twice: their last rating compared with
   * their first, as higher, the same or lower on the question's own 1 to 5 words. Whether higher is
   * better depends on the question; read the words.
   */
  selfRatings: Record<string, SuppressedRow>;
  /** Records seen more than once, counted once. */
  duplicates: number;
  /** Records that are not mentoring plans of a version Attune reads. */
  invalid: number;
}

/** Service records, not an evaluation: what a page says beside the tables. */
export const MENTORING_EVIDENCE_CAVEAT =
  'These are service records, not an evaluation. They show what mentoring plans set out to do and how their steps stand; a change in how people rate themselves cannot be put down to mentoring, because people, their lives and what else helped them all differ.';

// One source for the areas: the practical-support check's own domains, in its order.
const AREAS = definition.domains.map((d) => d.id);
const OTHER = 'other';
const STATUSES = ['draft', 'active', 'closed'] as const;
const CHANGES = ['higher', 'same', 'lower'] as const;
// The motivation check's self-rating questions (single choice, options 1 to 5): a closed list, so a
// row's presence never shows that someone used a question of a host's own.
const RATING_QUESTIONS = motivation.items
  .filter((i) => i.kind === 'single' && i.options?.map((o) => o.value).join() === '1,2,3,4,5')
  .map((i) => i.id);

type Cell = { n: number; k: number };

/**
 * A summary of mentoring plans for the evidence base: plans by status, areas of need at the start,
 * goals by kind, steps done, in progress and stuck, why steps are stuck, and how people's
 * self-ratings changed. Every count is protected by the cohort summary's cell-key method (noise
 * that depends on the records, small counts suppressed), so a plan cannot be picked out by
 * comparing two releases. Nothing free-text (goals, steps, reasons in words, the person's view) is
 * ever published. Plans of version 1 are read as the current version.
 */
export function summariseMentoring(
  plans: readonly unknown[],
  options: MentoringEvidenceOptions = {},
): MentoringSummary {
  const t = options.threshold ?? 5;
  if (!Number.isInteger(t) || t < 1)
    throw new RangeError('threshold must be a whole number of 1 or more');
  let releaseKey = 0;
  let duplicates = 0;
  let invalid = 0;
  const seen = new Set<string>();
  const rows = new Map<string, Map<string, Cell>>();
  const inc = (row: string, cell: string, key: number) => {
    const cells = rows.get(row) ?? new Map<string, Cell>();
    const c = cells.get(cell) ?? { n: 0, k: 0 };
    cells.set(cell, { n: c.n + 1, k: (c.k + key) % KEY_SPACE });
    rows.set(row, cells);
  };

  for (const raw of plans) {
    const parsed = MentoringPlanRecordSchema.safeParse(raw);
    if (!parsed.success) {
      invalid++;
      continue;
    }
    const plan: MentoringPlanRecord = parsed.data;
    const { fingerprint, key } = recordIdentity(plan as unknown as Record<string, unknown>);
    if (seen.has(fingerprint)) {
      duplicates++;
      continue;
    }
    seen.add(fingerprint);
    releaseKey = (releaseKey + key) % KEY_SPACE;

    const status =
      plan.closedAt !== null
        ? 'closed'
        : plan.agreedAt !== null || plan.meetings.length > 0
          ? 'active'
          : 'draft';
    inc('plans', status, key);
    for (const area of new Set(plan.suggestedAreas.map((a) => (AREAS.includes(a) ? a : OTHER))))
      inc('areas', area, key);
    for (const goal of plan.goals) {
      inc('goals', goal.kind, key);
      for (const step of goal.steps) {
        inc('steps', step.status, key);
        if (step.status === 'stuck') inc('stuck', step.because ?? 'not-recorded', key);
      }
    }
    const first = new Map<string, number>();
    const last = new Map<string, number>();
    for (const r of plan.selfRatings)
      for (const [q, v] of Object.entries(r.ratings)) {
        if (!first.has(q)) first.set(q, v);
        else last.set(q, v);
      }
    for (const [q, v] of last) {
      const id = RATING_QUESTIONS.includes(q) ? q : OTHER;
      const was = first.get(q)!;
      inc(`rating:${id}`, v > was ? 'higher' : v < was ? 'lower' : 'same', key);
    }
  }

  // Published only once every record is in: each cell's noise depends on the release key.
  const publish = (cell: Cell | undefined, label: string) =>
    cell && cell.n > 0
      ? publishCount(cell.n, cell.k, releaseKey, t)
      : publishCount(0, recordIdentity({ id: label }).key, releaseKey, t);
  const row = (name: string, cells: readonly string[], withTotal: boolean): SuppressedRow => {
    const m = rows.get(name);
    let total: Cell = { n: 0, k: 0 };
    for (const c of m?.values() ?? []) total = { n: total.n + c.n, k: (total.k + c.k) % KEY_SPACE };
    return {
      cells: Object.fromEntries(cells.map((c) => [c, publish(m?.get(c), `${name}/${c}`)])),
      total: withTotal ? publish(total, `${name}/total`) : null,
    };
  };
  return {
    schemaVersion: 1,
    threshold: t,
    disclosure: { method: 'cell-key-perturbation', maxNoise: MAX_NOISE, threshold: t },
    plans: row('plans', STATUSES, true),
    areasAtStart: row('areas', [...AREAS, OTHER], false),
    goals: row('goals', GOAL_KINDS, true),
    steps: row('steps', STEP_STATUSES, true),
    stuck: row('stuck', [...STUCK_REASONS, 'not-recorded'], true),
    selfRatings: Object.fromEntries(
      [...RATING_QUESTIONS, OTHER].map((q) => [q, row(`rating:${q}`, CHANGES, true)]),
    ),
    duplicates,
    invalid,
  };
}
