import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MAX_NOISE } from '@attune/sdk/evidence';
import { MentoringPlanRecordSchema, summariseMentoring } from '@attune/sdk/mentoring';
import { generatedPlan, generatedPlans } from '../fixtures/mentoring-plans';

const near = (published: number | null | undefined, truth: number) =>
  published === null ? truth < 5 + MAX_NOISE : Math.abs((published ?? -99) - truth) <= MAX_NOISE;

describe('the mentoring summary', () => {
  const plans = generatedPlans(120, 3);

  it('counts plans, areas at the start, goals, steps, stuck reasons and rating changes, each within the noise', () => {
    for (const p of plans) expect(MentoringPlanRecordSchema.safeParse(p).success).toBe(true);
    const s = summariseMentoring(plans);
    const steps = plans.flatMap((p) => p.goals.flatMap((g) => g.steps));
    const truth = {
      closed: plans.filter((p) => p.closedAt).length,
      thinking: plans.flatMap((p) => p.goals).filter((g) => g.kind === 'thinking').length,
      done: steps.filter((x) => x.status === 'done').length,
      stuck: steps.filter((x) => x.status === 'stuck').length,
      money: steps.filter((x) => x.because === 'money').length,
      housing: plans.filter((p) => p.suggestedAreas.includes('housing')).length,
    };
    expect(near(s.plans.cells.closed, truth.closed)).toBe(true);
    expect(near(s.goals.cells.thinking, truth.thinking)).toBe(true);
    expect(near(s.steps.cells.done, truth.done)).toBe(true);
    expect(near(s.stuck.total, truth.stuck)).toBe(true);
    expect(near(s.stuck.cells.money, truth.money)).toBe(true);
    expect(near(s.areasAtStart.cells.housing, truth.housing)).toBe(true);
    expect(s.disclosure).toEqual({
      method: 'cell-key-perturbation',
      maxNoise: MAX_NOISE,
      threshold: 5,
    });
  });

  it('compares each person’s last self-rating with their first, question by question', () => {
    const base = generatedPlan(1);
    const rated = (n: number, from: number, to: number) => ({
      ...base,
      reference: `R-${n}`,
      selfRatings: [
        { at: null, ratings: { confidence: from } },
        { at: null, ratings: { confidence: 3 } },
        { at: null, ratings: { confidence: to } },
      ],
    });
    const s = summariseMentoring(
      Array.from({ length: 30 }, (_, n) => rated(n, 2, 4)),
      { threshold: 1 },
    );
    expect(near(s.selfRatings.confidence!.cells.higher, 30)).toBe(true);
    expect(s.selfRatings.confidence!.cells.higher).toBeGreaterThan(15);
    expect(Object.keys(s.selfRatings)).toEqual([
      'situation',
      'confidence',
      'thoughts-hold-back',
      'on-my-side',
      'ready',
      'other',
    ]);
  });

  it('publishes nothing anyone wrote: no goal, step, reason in words, view or reference', () => {
    const text = JSON.stringify(summariseMentoring(plans));
    expect(text).not.toMatch(/Private|PLAN-|Goal \d/);
  });

  it('counts a plan given twice once, refuses what is not a plan, and reads version 1 plans', () => {
    const v1 = JSON.parse(
      readFileSync(new URL('../fixtures/mentoring-plan-v1.json', import.meta.url), 'utf8'),
    );
    const s = summariseMentoring([
      plans[0],
      plans[0],
      { kind: 'attune.mentoring-plan' },
      'nonsense',
      v1,
    ]);
    expect(s.duplicates).toBe(1);
    expect(s.invalid).toBe(2);
    const once = summariseMentoring([plans[0], v1]);
    expect({ ...s, duplicates: 0, invalid: 0 }).toEqual({ ...once, duplicates: 0, invalid: 0 });
  });

  it('refuses a threshold that is not a whole number of 1 or more', () => {
    expect(() => summariseMentoring([], { threshold: 0 })).toThrow(RangeError);
    expect(() => summariseMentoring([], { threshold: 2.5 })).toThrow(RangeError);
  });
});
