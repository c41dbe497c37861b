// The equality summary read as a lead would read it (are the rates right?) and played as an
// attacker would play it: from one summary, across its groups, and from two summaries that differ
// by one known person.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AGE_BANDS,
  CHARACTERISTICS,
  INDICATORS,
  MAX_NOISE,
  MERGED_GROUP,
  NOT_RECORDED_GROUP,
  peopleFromCases,
  peopleFromRecords,
  summariseEquality,
  type Characteristic,
  type Indicator,
  type EqualityPerson,
} from '@attune/sdk/evidence';
import { DETAILED_ETHNIC_GROUPS, PREFER_NOT_TO_SAY } from '@attune/sdk/screening';
import { generatedPeople, generatedPerson } from '../fixtures/equality-cohort';
import { pinnedGroups, possibleGroups } from '../fixtures/equality-attacker';

const extra = [PREFER_NOT_TO_SAY, NOT_RECORDED_GROUP];
const GROUPS: Record<Characteristic, readonly string[]> = {
  ageBand: AGE_BANDS,
  sex: ['female', 'male'],
  genderIdentity: ['same-as-sex-at-birth', 'different-from-sex-at-birth'],
  ethnicGroup: DETAILED_ETHNIC_GROUPS,
  disability: ['disabled', 'not-disabled'],
};
const groupsOf = (c: Characteristic): string[] => [...GROUPS[c], ...extra];
const near = (published: number | null, truth: number) =>
  published !== null && Math.abs(published - truth) <= MAX_NOISE;
const people = (list: { person: EqualityPerson }[]) => list.map((p) => p.person);

describe('rates by group are right', () => {
  const cohort = generatedPeople(1500, 3);
  const s = summariseEquality(people(cohort));

  it('needs found, adjustments agreed, said it helped and assessed, by sex, within the noise', () => {
    const truth = (sex: string, pick: (t: (typeof cohort)[number]['truth']) => boolean | null) => {
      const of = cohort.filter((p) => p.truth.sex === sex && pick(p.truth) !== null);
      return { people: of.length, count: of.filter((p) => pick(p.truth)).length };
    };
    type Pick = (t: (typeof cohort)[number]['truth']) => boolean | null;
    const checks: [Indicator, Pick][] = [
      ['need-any', (t) => t.needFound],
      ['adjustments-agreed', (t) => t.agreed],
      ['review-helped', (t) => t.helped],
      ['referral-assessed', (t) => t.assessed],
    ];
    for (const [indicator, pick] of checks)
      for (const row of s.by.sex[indicator].rows.filter((r) => r.group !== MERGED_GROUP)) {
        const want = truth(row.group, pick);
        expect(near(row.people, want.people), `${indicator} ${row.group} people`).toBe(true);
        expect(near(row.count, want.count), `${indicator} ${row.group} count`).toBe(true);
        if (want.people >= 100)
          expect(Math.abs(row.rate! - want.count / want.people)).toBeLessThan(0.1);
      }
    // Women and men are both large enough here to be shown on their own.
    expect(s.by.sex['need-any'].rows.map((r) => r.group)).toEqual(
      expect.arrayContaining(['female', 'male']),
    );
  });

  it('shows large detailed ethnic groups by name or within their broad group; the total is everyone', () => {
    const rows = s.by.ethnicGroup['need-any'].rows;
    expect(rows.map((r) => r.group)).toContain('white-british');
    // Black Caribbean people are many here, but "Any other Black background" has two: the Black
    // groups are then shown as one broad row rather than leave those two to be worked out.
    const black = rows.find((r) => r.groups.includes('black-caribbean'))!;
    expect(black.group).toBe('black');
    expect(
      near(black.people, cohort.filter((p) => p.truth.ethnicGroup.startsWith('black-')).length),
    ).toBe(true);
    expect(near(s.people, 1500)).toBe(true);
  });

  it('counts a person whose records are loose files, joined by reference, as one person', () => {
    const loose = people(cohort.slice(0, 200)).flatMap((p) => Object.values(p).flat());
    const joined = summariseEquality(peopleFromRecords(loose));
    expect(joined).toEqual(summariseEquality(people(cohort.slice(0, 200))));
  });
});

describe('small groups are protected', () => {
  const build = (counts: Record<string, number>, key: 'sex' | 'ethnicGroup') =>
    Object.entries(counts).flatMap(([group, n], j) =>
      Array.from(
        { length: n },
        (_, i) => generatedPerson(j * 1000 + i, 11, { [key]: group }).person,
      ),
    );

  it('three men among forty women: never shown alone, and not left for the total to give away', () => {
    const s = summariseEquality(build({ female: 40, male: 3 }, 'sex'));
    for (const i of INDICATORS) {
      const b = s.by.sex[i];
      expect(b.rows.some((r) => r.group === 'male')).toBe(false);
      const merged = b.rows.find((r) => r.group === MERGED_GROUP);
      if (merged) expect(merged.groups.length).toBeGreaterThanOrEqual(2);
    }
    expect(pinnedGroups(s, groupsOf)).toEqual([]);
  });

  it('a small group is merged with the next smallest, so the two cannot be told apart', () => {
    const s = summariseEquality(build({ female: 40, male: 30, [PREFER_NOT_TO_SAY]: 3 }, 'sex'));
    const rows = s.by.sex['need-any'].rows;
    expect(rows.some((r) => r.group === PREFER_NOT_TO_SAY)).toBe(false);
    const merged = rows.find((r) => r.group === MERGED_GROUP)!;
    expect(merged.groups).toContain(PREFER_NOT_TO_SAY);
    expect(merged.people).toBeGreaterThanOrEqual(5);
  });

  it('a detailed ethnic group too small to show falls back to its broad group', () => {
    const s = summariseEquality(
      build(
        {
          'white-british': 60,
          'asian-indian': 20,
          'asian-pakistani': 20,
          'asian-bangladeshi': 2,
          'asian-chinese': 20,
          'asian-other': 20,
        },
        'ethnicGroup',
      ),
    );
    const rows = s.by.ethnicGroup['need-any'].rows;
    expect(rows.map((r) => r.group)).not.toContain('asian-bangladeshi');
    expect(rows.map((r) => r.group)).not.toContain('asian-indian');
    const asian = rows.find((r) => r.group === 'asian');
    expect(asian?.groups).toEqual([
      'asian-indian',
      'asian-pakistani',
      'asian-bangladeshi',
      'asian-chinese',
      'asian-other',
    ]);
    expect(near(asian!.people, 82)).toBe(true);
    expect(pinnedGroups(s, groupsOf)).toEqual([]);
  });

  it('every group shown alone has at least the threshold of people after noise', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 1, max: 10_000 }),
        (n, seed) => {
          const s = summariseEquality(people(generatedPeople(n, seed)));
          for (const c of CHARACTERISTICS)
            for (const i of INDICATORS)
              for (const row of s.by[c][i].rows) {
                expect(row.people).not.toBeNull();
                expect(row.people!).toBeGreaterThanOrEqual(s.threshold);
                if (row.group === MERGED_GROUP) expect(row.groups.length).toBeGreaterThanOrEqual(2);
              }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('differencing attacks find nothing', () => {
  it('across groups: no hidden group is pinned from the total and the other rows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 150 }),
        fc.integer({ min: 1, max: 10_000 }),
        (n, seed) => {
          const s = summariseEquality(people(generatedPeople(n, seed)));
          expect(pinnedGroups(s, groupsOf)).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('across two releases: the groups of a person who joined are never narrowed to one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 1, max: 100_000 }),
        (n, seed) => {
          const cohort = people(generatedPeople(n, seed));
          const person = generatedPerson(n + 500, seed).person;
          const before = summariseEquality(cohort);
          const after = summariseEquality([...cohort, person]);
          for (const c of CHARACTERISTICS)
            expect(
              possibleGroups(before, after, c, 'need-any', groupsOf(c)).length,
              c,
            ).toBeGreaterThan(1);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the attacker is not blind', () => {
  it('on exact counts with no noise, it finds the group of the person who joined', () => {
    const cohort = generatedPeople(60, 9);
    const joined = generatedPerson(900, 9, { sex: 'female' });
    const exact = (list: typeof cohort) => {
      const s = summariseEquality(people(list));
      const count = (g: string) => list.filter((p) => p.truth.sex === g).length;
      const rows = groupsOf('sex').map((g) => ({
        group: g,
        groups: [g],
        people: count(g),
        count: null,
        rate: null,
      }));
      const total = { people: list.length, count: null, rate: null };
      return {
        ...s,
        threshold: 1,
        disclosure: { ...s.disclosure, maxNoise: 0 },
        by: { ...s.by, sex: { ...s.by.sex, 'need-any': { total, rows, withheld: false } } },
      };
    };
    expect(
      possibleGroups(exact(cohort), exact([...cohort, joined]), 'sex', 'need-any', groupsOf('sex')),
    ).toEqual(['female']);
  });
});

describe('people from case bundles', () => {
  it('reads each case as one person, its follow-up records and outcomes included', () => {
    const [{ person }] = generatedPeople(1, 21);
    const entries = Object.entries({
      screening: person.screenings,
      'adjustment-plan': person.plans,
      review: person.reviews,
      'referral-record': person.referrals,
      outcome: person.outcomes,
      'mentoring-plan': [{}],
    }).flatMap(([kind, list]) => (list ?? []).map((record) => ({ kind, record })));
    const [fromCase] = peopleFromCases([{ entries }]);
    // The mentoring plan is not one of the records the rates count.
    expect(fromCase).toEqual(person);
  });
});

describe('records written to break the tables', () => {
  it('counts a duplicated record once, and refuses malformed ones by kind', () => {
    const [{ person }] = generatedPeople(1, 4);
    const s = summariseEquality([
      { ...person, screenings: [...person.screenings!, ...person.screenings!] },
      { screenings: [{ nonsense: true }], outcomes: [{ kind: 'attune.outcome' }] },
    ]);
    expect(s.duplicates).toBe(1);
    expect(s.invalid).toMatchObject({ screenings: 1, outcomes: 1 });
  });

  it('never publishes what a record wrote outside the lists', () => {
    const cohort = people(generatedPeople(30, 5)).map((p) => ({
      ...p,
      screenings: p.screenings!.map((r) => ({
        ...(r as object),
        demographics: { gender: 'John Smith, 12 High Street' },
      })),
    }));
    const text = JSON.stringify(summariseEquality(cohort));
    expect(text).not.toMatch(/Smith|High Street/);
  });
});
