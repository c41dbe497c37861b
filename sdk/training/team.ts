import { KEY_SPACE, noiseFor, publishCount, recordIdentity } from '../evidence/cell-key.js';
import {
  TRAINING_COMPLETION_SCHEMA_VERSION,
  TrainingCompletionSchema,
  type TrainingCompletion,
} from './completion.js';
import { XAPI_EXTENSION_PATH, type XapiStatement } from './xapi.js';

/** A bundle of completion records, as a learner or a host exports them. */
export interface TrainingRecordsBundle {
  kind: 'attune-training-records';
  schemaVersion: typeof TRAINING_COMPLETION_SCHEMA_VERSION;
  records: TrainingCompletion[];
}

/** Wraps completion records in a bundle a team lead can import. */
export function trainingRecordsBundle(records: TrainingCompletion[]): TrainingRecordsBundle {
  return {
    kind: 'attune-training-records',
    schemaVersion: TRAINING_COMPLETION_SCHEMA_VERSION,
    records: records.map((r) => TrainingCompletionSchema.parse(r)),
  };
}

/** What an import found: the records it could read and how many items it set aside, and why. */
export interface TrainingImport {
  records: TrainingCompletion[];
  skipped: number;
  problems: string[];
}

const moduleOf = (id: unknown): string | null =>
  typeof id === 'string' ? (/\/training\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(id)?.[1] ?? null) : null;

/**
 * Reads what a team lead imports: a bundle of completion records, a single record, or an array
 * of the xAPI statements Attune exports (the `completed` statement carries the record; a learner
 * with statements but no completion counts as started). Anything else is set aside and counted.
 */
export function readTrainingImport(data: unknown): TrainingImport {
  const out: TrainingImport = { records: [], skipped: 0, problems: [] };
  const take = (value: unknown, where: string) => {
    const parsed = TrainingCompletionSchema.safeParse(value);
    if (parsed.success) out.records.push(parsed.data);
    else {
      out.skipped++;
      if (out.problems.length < 5)
        out.problems.push(`${where}: not a training record (${parsed.error.issues[0]?.message})`);
    }
  };
  if (Array.isArray(data) && data.some((s) => s && typeof s === 'object' && 'verb' in s)) {
    const started = new Map<string, TrainingCompletion>();
    const done = new Set<string>();
    (data as Partial<XapiStatement>[]).forEach((s, i) => {
      const learner = s?.actor?.account?.name;
      const parent = s?.context?.contextActivities?.parent?.[0]?.id;
      const moduleId = moduleOf(s?.object?.id) ?? moduleOf(parent);
      if (typeof learner !== 'string' || !learner || !moduleId) {
        out.skipped++;
        return;
      }
      const key = `${s.actor!.account.homePage}|${learner}|${moduleId}`;
      const extensions: Record<string, unknown> = s?.result?.extensions ?? {};
      const recordKey = Object.keys(extensions).find((k) =>
        k.endsWith(`${XAPI_EXTENSION_PATH}training-record`),
      );
      if (s?.verb?.id === 'http://adlnet.gov/expapi/verbs/completed' && recordKey) {
        const before = out.records.length;
        take(extensions[recordKey], `statement ${i + 1}`);
        if (out.records.length > before) done.add(key);
      } else if (!started.has(key)) {
        started.set(key, {
          schemaVersion: TRAINING_COMPLETION_SCHEMA_VERSION,
          kind: 'attune-training-completion',
          learner,
          moduleId,
          registration: null,
          startedAt: null,
          completedAt: null,
          knowledgeBefore: null,
          knowledgeAfter: null,
          bestScore: null,
          attempts: 0,
          passed: false,
          confidenceBefore: null,
          confidenceAfter: null,
        });
      }
    });
    for (const [key, record] of started) if (!done.has(key)) out.records.push(record);
    return out;
  }
  if (
    data &&
    typeof data === 'object' &&
    (data as { kind?: unknown }).kind === 'attune-training-records'
  ) {
    const records = (data as { records?: unknown }).records;
    if (!Array.isArray(records))
      return { ...out, skipped: 1, problems: ['The bundle has no records'] };
    records.forEach((r, i) => take(r, `record ${i + 1}`));
    return out;
  }
  if (Array.isArray(data)) data.forEach((r, i) => take(r, `record ${i + 1}`));
  else take(data, 'the file');
  return out;
}

/**
 * A before-and-after measure for a module, or null where too few learners would be shown. Every
 * figure is protected: `learners` is a published (noisy) count, and each mean is a perturbed sum
 * divided by it, rounded (see `summariseTeam`).
 */
export interface BeforeAfter {
  learners: number;
  before: number;
  after: number;
  change: number;
}

/** One module's row in the team summary; counts below the threshold are null (suppressed). */
export interface TeamModuleSummary {
  moduleId: string;
  started: number | null;
  completed: number | null;
  notCompleted: number | null;
  /** Mean share right, 0–1, before the lessons and in the first check after them. */
  knowledge: BeforeAfter | null;
  /** Mean confidence rating, 1–5, before and after. */
  confidence: BeforeAfter | null;
}

/** A team's training summary: the threshold used, learners counted, and a row for each module. */
export interface TeamSummary {
  threshold: number;
  learners: number | null;
  modules: TeamModuleSummary[];
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** How each measure is bounded, how far one learner can move its sum, and how it is rounded. */
const MEASURES = {
  // A share right, 0–1: one learner moves the sum by at most 1; published to the whole percent.
  knowledge: { min: 0, max: 1, step: 0.5, places: 2 },
  // A rating, 1–5: one learner moves the sum by at most 4; published to one decimal place.
  confidence: { min: 1, max: 5, step: 2, places: 1 },
} as const;

/**
 * Noise for a sum, from its cell key: the count method's long-tailed whole steps plus a uniform
 * fraction from a second key, times half of one learner's range. The fraction matters: with whole
 * steps only, the difference of two releases would give a learner's score to within a multiple of
 * the step, which leaves only two or three candidates.
 */
function sumNoise(cellKey: number, step: number): number {
  const fraction = (recordIdentity({ id: `fraction|${cellKey}` }).key + 0.5) / KEY_SPACE - 0.5;
  return (noiseFor(cellKey) + fraction) * step;
}

/** The more telling of two records for one learner and module: completed, then later. */
function better(a: TrainingCompletion, b: TrainingCompletion): TrainingCompletion {
  const done = (r: TrainingCompletion) => (r.completedAt !== null && r.passed ? 1 : 0);
  if (done(a) !== done(b)) return done(a) > done(b) ? a : b;
  return (b.completedAt ?? b.startedAt ?? '') > (a.completedAt ?? a.startedAt ?? '') ? b : a;
}

/**
 * A team's training: for each module, how many learners started and completed it, and their
 * knowledge and confidence before and after (paired: only learners with both). Counts are
 * protected as on the evidence page: each learner's record has a key, each count gets the noise
 * its cell's key picks (so the same records always give the same published figures, and two
 * releases cannot be compared to find one person), and counts from 1 to `threshold − 1` after
 * noise are suppressed. Means are protected the same way (a noisy sum over a noisy count,
 * rounded), so two releases a learner joined between do not give away their score; a mean over
 * fewer than `threshold` learners is not shown. One record per learner and module counts.
 *
 * The attacker this defeats holds two summaries and knows one learner joined between them, but
 * not the others' random learner ids. One who knew every other record and the learner's id could
 * work the noise out; learner ids are random and kept on each device for that reason.
 */
export function summariseTeam(
  records: readonly TrainingCompletion[],
  moduleIds: readonly string[],
  options: { threshold?: number } = {},
): TeamSummary {
  const threshold = options.threshold ?? 5;
  if (!Number.isInteger(threshold) || threshold < 1)
    throw new RangeError('threshold must be a whole number of 1 or more');
  const latest = new Map<string, TrainingCompletion>();
  for (const r of records) {
    const key = `${r.learner}|${r.moduleId}`;
    const seen = latest.get(key);
    latest.set(key, seen ? better(seen, r) : r);
  }
  const all = [...latest.values()];
  // The learner and module identify a record; its key picks the noise for the cells it is in.
  const keyOf = (r: TrainingCompletion) => recordIdentity({ id: `${r.learner}|${r.moduleId}` }).key;
  const releaseKey = all.reduce((sum, r) => (sum + keyOf(r)) % KEY_SPACE, 0);
  const publish = (cell: TrainingCompletion[], label: string) =>
    publishCount(
      cell.length,
      cell.length
        ? cell.reduce((sum, r) => (sum + keyOf(r)) % KEY_SPACE, 0)
        : recordIdentity({ id: label }).key,
      releaseKey,
      threshold,
    );
  const learners = [...new Set(all.map((r) => r.learner))];
  // A mean that two releases cannot be differenced to find one learner's score: its learner
  // count is published like any count, and each of its sums (before, after) gets noise from its
  // own cell key, which the release key changes whenever anyone joins or leaves. The published
  // mean is the noisy sum over the noisy count, kept in range and rounded.
  const pair = (
    cell: TrainingCompletion[],
    label: string,
    kind: keyof typeof MEASURES,
    before: number[],
    after: number[],
  ): BeforeAfter | null => {
    if (before.length < threshold) return null;
    const cellKey = cell.reduce((sum, r) => (sum + keyOf(r)) % KEY_SPACE, 0);
    const learnersShown = publish(cell, label);
    if (learnersShown === null || learnersShown < threshold) return null;
    const { min, max, step, places } = MEASURES[kind];
    const round = (x: number) => Number(x.toFixed(places));
    const protect = (values: number[], part: string) => {
      const key =
        (cellKey + recordIdentity({ id: `${label}|${part}` }).key + releaseKey * 3) % KEY_SPACE;
      const noisy = values.reduce((s, x) => s + x, 0) + sumNoise(key, step);
      return round(Math.min(max, Math.max(min, noisy / learnersShown)));
    };
    const b = protect(before, 'before');
    const a = protect(after, 'after');
    return { learners: learnersShown, before: b, after: a, change: round(a - b) };
  };
  return {
    threshold,
    learners: publishCount(
      learners.length,
      learners.reduce((sum, l) => (sum + recordIdentity({ id: l }).key) % KEY_SPACE, 0),
      releaseKey,
      threshold,
    ),
    modules: moduleIds.map((moduleId) => {
      const mine = all.filter((r) => r.moduleId === moduleId);
      const completed = mine.filter((r) => r.completedAt !== null && r.passed);
      const notCompleted = mine.filter((r) => !(r.completedAt !== null && r.passed));
      const knowledge = mine.filter((r) => r.knowledgeBefore !== null && r.knowledgeAfter !== null);
      const confidence = mine.filter(
        (r) => r.confidenceBefore?.length && r.confidenceAfter?.length,
      );
      return {
        moduleId,
        started: publish(mine, `${moduleId}|started`),
        completed: publish(completed, `${moduleId}|completed`),
        notCompleted: publish(notCompleted, `${moduleId}|not-completed`),
        knowledge: pair(
          knowledge,
          `${moduleId}|knowledge`,
          'knowledge',
          knowledge.map((r) => r.knowledgeBefore!),
          knowledge.map((r) => r.knowledgeAfter!),
        ),
        confidence: pair(
          confidence,
          `${moduleId}|confidence`,
          'confidence',
          confidence.map((r) => mean(r.confidenceBefore!)),
          confidence.map((r) => mean(r.confidenceAfter!)),
        ),
      };
    }),
  };
}
