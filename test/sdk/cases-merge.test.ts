import { describe, expect, it } from 'vitest';
import { mergeCaseloads, resolveConflict, type Case } from '@attune/sdk/cases';
import { sampleParts, yearCase } from '../fixtures/caseload';

const parts = sampleParts();
const one = yearCase(1, parts);
const two = yearCase(2, parts);
const referral = (id: string, status: 'waiting' | 'seen') =>
  ({
    id,
    on: '2026-11-01',
    kind: 'referral',
    to: 'Community mental health team',
    consentToShare: true,
    status,
    note: null,
  }) as const;

describe('merging an imported caseload', () => {
  it('adds cases this device does not hold, without a display name from the file', () => {
    const result = mergeCaseloads([one], [{ ...two, displayName: 'From the file' }]);
    expect(result.added).toEqual([two.id]);
    expect(result.cases.map((c) => c.id)).toEqual([one.id, two.id]);
    expect(result.cases[1]!.displayName).toBeNull();
  });

  it('leaves an identical case alone, whatever order its keys arrive in', () => {
    const reversed = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reversed)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reversed(x)]),
            )
          : v;
    const shuffled = reversed(one) as Case;
    expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(one));
    const result = mergeCaseloads([{ ...one, displayName: 'Mine' }], [shuffled]);
    expect(result.unchanged).toEqual([one.id]);
    expect(result.cases[0]!.displayName).toBe('Mine');
  });

  it('adds entries made on the other device to a known case', () => {
    const there = { ...one, entries: [...one.entries, referral('new-1', 'waiting')] };
    const result = mergeCaseloads([one], [there]);
    expect(result.updated).toEqual([one.id]);
    expect(result.cases[0]!.entries.at(-1)!.id).toBe('new-1');
    expect(result.conflicts).toEqual([]);
  });

  it('keeps entries from both sides when each device added its own', () => {
    const here = { ...one, entries: [...one.entries, referral('here-1', 'waiting')] };
    const there = { ...one, entries: [...one.entries, referral('there-1', 'waiting')] };
    const ids = mergeCaseloads([here], [there]).cases[0]!.entries.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['here-1', 'there-1']));
  });

  it('never overwrites an entry changed on both sides: it is a conflict, applied only on choice', () => {
    const here = { ...one, entries: [...one.entries, referral('r-1', 'waiting')] };
    const there = {
      ...one,
      reference: 'IOM-RENAMED',
      entries: [...one.entries, referral('r-1', 'seen'), referral('r-2', 'waiting')],
    };
    const result = mergeCaseloads([{ ...here, displayName: 'Mine' }], [there]);
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]!.differences).toEqual(['reference', 'entry r-1']);
    // Nothing from the conflicting case was applied, not even the entry that did not conflict.
    expect(result.cases[0]).toEqual({ ...here, displayName: 'Mine' });
    expect(resolveConflict(result.conflicts[0]!, 'local')).toEqual({
      ...here,
      displayName: 'Mine',
    });
    expect(resolveConflict(result.conflicts[0]!, 'incoming')).toEqual({
      ...there,
      displayName: 'Mine',
    });
  });
});
