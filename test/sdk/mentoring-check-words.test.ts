import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import {
  checkWordsOf,
  compareMotivationChecks,
  createMentoringPlanMachine,
  MENTORING_PLAN_SCHEMA_VERSION,
  mentoringPlanRecord,
  MentoringPlanRecordSchema,
  MentoringPlanRecordV3Schema,
  runFromSelfRating,
  selfRatingsOf,
  type MentoringEvent,
  type MotivationCheckRun,
} from '@attune/sdk/mentoring';
import { MAX_TEXT_LENGTH } from '@attune/sdk/questionnaire';
import { motivationCheck as q } from '@attune/sdk/questionnaires/motivation-check';
import { generatedPlan } from '../fixtures/mentoring-plans';

// Issue 19: the motivation check is repeated so the person and mentor see change "with their
// words". The plan keeps what the person said at each check beside their self-ratings.

const machine = createMentoringPlanMachine();
const first: MotivationCheckRun = {
  questionnaire: { id: q.id, version: q.version },
  completedAt: '2026-11-24T10:00:00Z',
  answers: {
    situation: '2',
    'situation-words': '  Stuck in the hostel, nothing moving.  ',
    confidence: '1',
    'confidence-words': 'Every time I try it goes wrong.',
  },
};
const later: MotivationCheckRun = {
  ...first,
  completedAt: '2027-01-12T10:00:00Z',
  answers: {
    situation: '3',
    'situation-words': 'Got the bank account, still in the hostel.',
    confidence: '3',
  },
};
const rate = (run: MotivationCheckRun): MentoringEvent => ({
  type: 'RECORD_SELF_RATING',
  at: run.completedAt ?? undefined,
  ratings: selfRatingsOf(q, run),
  words: checkWordsOf(q, run),
});

describe('the person’s words at each check, kept in the plan', () => {
  it('keeps the words of every check beside its ratings, and they survive the record and back', () => {
    const a = createActor(machine).start();
    a.send(rate(first));
    a.send(rate(later));
    const kept = a.getSnapshot().context.selfRatings;
    expect(kept.map((r) => r.words)).toEqual([
      {
        'situation-words': 'Stuck in the hostel, nothing moving.',
        'confidence-words': 'Every time I try it goes wrong.',
      },
      { 'situation-words': 'Got the bank account, still in the hostel.' },
    ]);
    const record = JSON.parse(JSON.stringify(mentoringPlanRecord(a.getSnapshot().context)));
    expect(record.schemaVersion).toBe(MENTORING_PLAN_SCHEMA_VERSION);
    expect(MentoringPlanRecordV3Schema.parse(record)).toEqual(record);
    const reopened = createActor(machine, {
      input: { plan: MentoringPlanRecordSchema.parse(record) },
    }).start();
    expect(reopened.getSnapshot().context.selfRatings).toEqual(kept);
  });

  it('sets an earlier check beside a new one in the person’s words, never as a score', () => {
    const a = createActor(machine).start();
    a.send(rate(first));
    const then = runFromSelfRating(q, a.getSnapshot().context.selfRatings[0]!);
    const c = compareMotivationChecks(q, then, later);
    expect(c.words.find((w) => w.item === 'situation-words')).toMatchObject({
      before: 'Stuck in the hostel, nothing moving.',
      after: 'Got the bank account, still in the hostel.',
    });
    expect(c.words.find((w) => w.item === 'confidence-words')).toMatchObject({
      before: 'Every time I try it goes wrong.',
      after: null,
    });
    expect(c.ratings.find((r) => r.item === 'confidence')?.change).toBe('different');
    expect(c.sentences.join(' ')).not.toMatch(/\b(better|worse|improv|score)/i);
  });

  it('refuses words that are empty or longer than the check itself takes, with an error', () => {
    const refused: Record<string, string>[] = [
      { 'situation-words': '   ' },
      { x: 'a'.repeat(MAX_TEXT_LENGTH + 1) },
    ];
    for (const words of refused) {
      const a = createActor(machine).start();
      a.send({ type: 'RECORD_SELF_RATING', ratings: { situation: 2 }, words });
      expect(a.getSnapshot().context.selfRatings).toEqual([]);
      expect(a.getSnapshot().context.error).toMatchObject({ code: 'words', field: 'words' });
    }
  });
});

describe('plans saved as version 2, before the words were kept', () => {
  it('read as the current version with no words (never guessed) and everything else as it was', () => {
    const v2 = JSON.parse(JSON.stringify(generatedPlan(7)));
    v2.selfRatings = [{ at: '2026-12-02T10:00:00Z', ratings: { confidence: 2 } }];
    const plan = MentoringPlanRecordSchema.parse(v2);
    expect(plan.schemaVersion).toBe(MENTORING_PLAN_SCHEMA_VERSION);
    expect(plan.selfRatings).toEqual([
      { at: '2026-12-02T10:00:00Z', ratings: { confidence: 2 }, words: {} },
    ]);
    const { schemaVersion: _a, selfRatings: _b, ...rest } = plan;
    const { schemaVersion: _c, selfRatings: _d, ...was } = v2;
    expect(rest).toEqual(was);
  });

  it('lose nothing, for any plan: every field and every earlier check comes through', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (i) => {
        const v2 = JSON.parse(JSON.stringify(generatedPlan(i)));
        const plan = MentoringPlanRecordSchema.parse(v2);
        expect(plan.selfRatings.map(({ words: _w, ...r }) => r)).toEqual(v2.selfRatings);
        expect({ ...plan, schemaVersion: 2, selfRatings: v2.selfRatings }).toEqual(v2);
      }),
      { numRuns: 200 },
    );
  });

  it('keep every earlier check as it was when later checks are added, whatever the checks say', () => {
    const words = fc.dictionary(
      fc.constantFrom('situation-words', 'confidence-words', 'anything-else'),
      fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
    );
    const check = fc.record({
      ratings: fc.dictionary(
        fc.constantFrom('situation', 'confidence', 'ready'),
        fc.integer({ min: 1, max: 5 }),
        { minKeys: 1 },
      ),
      words,
    });
    fc.assert(
      fc.property(fc.array(check, { maxLength: 6 }), (checks) => {
        const a = createActor(machine, {
          input: { plan: MentoringPlanRecordSchema.parse({ ...generatedPlan(3), closedAt: null }) },
        }).start();
        const earlier = a.getSnapshot().context.selfRatings;
        for (const c of checks) {
          const before = a.getSnapshot().context.selfRatings;
          a.send({ type: 'RECORD_SELF_RATING', at: '2027-01-12T10:00:00Z', ...c });
          const after = a.getSnapshot().context.selfRatings;
          expect(after.slice(0, before.length)).toEqual(before);
          expect(after.at(-1)!.words).toEqual(
            Object.fromEntries(Object.entries(c.words).map(([k, v]) => [k, v.trim()])),
          );
        }
        const record = MentoringPlanRecordSchema.parse(
          JSON.parse(JSON.stringify(mentoringPlanRecord(a.getSnapshot().context))),
        );
        expect(record.selfRatings.slice(0, earlier.length)).toEqual(earlier);
        expect(record.selfRatings).toHaveLength(earlier.length + checks.length);
      }),
      { numRuns: 200 },
    );
  });
});
