import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import { motivationCheck as q } from '@attune/sdk/questionnaires/motivation-check';
import {
  createScreeningMachine,
  currentQuestion,
  type ScreeningRecord,
} from '@attune/sdk/screening';
import {
  compareMotivationChecks,
  createMentoringPlanMachine,
  selfRatingItems,
  selfRatingsOf,
  type MotivationCheckRun,
} from '@attune/sdk/mentoring';

/** Runs the check with the screening machine, answering from `pick` (skip when it gives null). */
function runCheck(
  pick: (id: string, values: string[]) => string | string[] | null,
): ScreeningRecord {
  const a = createActor(createScreeningMachine(q)).start();
  a.send({ type: 'START', at: '2026-11-24T10:00:00Z' });
  a.send({ type: 'CONSENT', given: true });
  for (let guard = 0; a.getSnapshot().value === 'answering' && guard < 50; guard++) {
    const { item, options } = currentQuestion(q, a.getSnapshot())!;
    const value = pick(
      item.id,
      options.map((o) => o.value),
    );
    a.send(value === null ? { type: 'SKIP' } : { type: 'ANSWER', value });
  }
  a.send({ type: 'SUBMIT', at: '2026-11-24T10:10:00Z' });
  expect(a.getSnapshot().value).toBe('complete');
  return a.getSnapshot().output as ScreeningRecord;
}

describe('comparing two motivation checks', () => {
  const before = runCheck((id, values) =>
    id === 'confidence'
      ? '2'
      : id === 'what-matters'
        ? ['home', 'work']
        : id === 'situation-words'
          ? 'Stuck in the hostel.'
          : id.endsWith('words') || id === 'anything-else'
            ? null
            : id === 'thoughts' || id === 'who-on-side'
              ? [values[0]!]
              : '3',
  );
  const after = runCheck((id, values) =>
    id === 'confidence'
      ? '4'
      : id === 'what-matters'
        ? ['home', 'family']
        : id === 'situation-words'
          ? 'Got my own flat now.'
          : id.endsWith('words') || id === 'anything-else'
            ? null
            : id === 'thoughts' || id === 'who-on-side'
              ? [values[0]!]
              : '3',
  );

  it('shows each change in the words the person chose, and what they said each time', () => {
    const c = compareMotivationChecks(q, before, after);
    expect(c.ratings.find((r) => r.item === 'confidence')).toMatchObject({
      before: 'A little sure',
      after: 'Quite sure',
      change: 'different',
    });
    expect(c.ratings.find((r) => r.item === 'situation')).toMatchObject({ change: 'same' });
    expect(c.choices.find((x) => x.item === 'what-matters')).toMatchObject({
      kept: ['A place to live'],
      added: ['My family or children'],
      left: ['Work or money'],
    });
    expect(c.words).toEqual([
      {
        item: 'situation-words',
        question: 'In your own words, how are things for you right now?',
        before: 'Stuck in the hostel.',
        after: 'Got my own flat now.',
      },
    ]);
    expect(c.sentences).toContain(
      'If you decide to change something in your life, how sure are you that you can do it? Before, you chose “A little sure”. This time, you chose “Quite sure”.',
    );
  });

  it('never scores a change or calls it better or worse, whatever the answers', () => {
    const answer = (id: string, values: string[]) =>
      fc.oneof(
        fc.constant(null),
        id === 'thoughts' || id === 'who-on-side' || id === 'what-matters'
          ? fc.subarray(
              values.filter((v) => v !== 'none' && v !== 'nobody'),
              { minLength: 1 },
            )
          : values.length
            ? fc.constantFrom(...values)
            : fc.stringMatching(/^[A-Za-z][A-Za-z ,.']{0,29}$/),
      );
    const runArb = fc
      .record(
        Object.fromEntries(
          q.items.map((i) => [
            i.id,
            answer(
              i.id,
              (i.options ?? []).map((o) => o.value),
            ),
          ]),
        ),
      )
      .map((answers) => runCheck((id) => (answers[id] ?? null) as string | string[] | null));
    fc.assert(
      fc.property(runArb, runArb, (b, a) => {
        const c = compareMotivationChecks(q, b, a);
        for (const s of c.sentences) {
          const outsideQuotes = s.replace(/“[^”]*”/g, '');
          expect(outsideQuotes).not.toMatch(
            /\d|score|point|went up|went down|higher|lower|better|worse|improv|increase|decrease|progress/i,
          );
        }
        // Swapping the runs swaps what was added and left out.
        const back = compareMotivationChecks(q, a, b);
        expect(back.choices.map((x) => [x.added, x.left])).toEqual(
          c.choices.map((x) => [x.left, x.added]),
        );
        const same = compareMotivationChecks(q, b, b);
        expect(same.ratings.every((r) => r.change !== 'different')).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('gives the plan the self-ratings to keep, and refuses a run of another questionnaire', () => {
    const ratings = selfRatingsOf(q, after);
    expect(Object.keys(ratings)).toEqual(selfRatingItems(q).map((i) => i.id));
    expect(ratings.confidence).toBe(4);
    const plan = createActor(createMentoringPlanMachine()).start();
    plan.send({ type: 'RECORD_SELF_RATING', at: '2026-11-24T10:10:00Z', ratings });
    expect(plan.getSnapshot().context.selfRatings).toHaveLength(1);
    const other: MotivationCheckRun = {
      ...before,
      questionnaire: { id: 'attune-practical-support', version: '1.0.0' },
    };
    expect(() => compareMotivationChecks(q, other, after)).toThrow(RangeError);
  });
});
