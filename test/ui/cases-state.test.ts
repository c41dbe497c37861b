import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newCase, summariseCase, type Case } from '@attune/sdk/cases';
import {
  initialState,
  reduce,
  type CasesEvent,
  type CasesState,
} from '../../site/flows/cases/state';

// The caseload page's state as a person would notice it: whatever they did before, locking or
// deleting leaves no case in the page's memory; the list never shows a person twice or out of
// reference order; a case deleted while open is never left on screen; an error is gone once the
// thing it was about is done. Random runs of every event the page can send, from fast-check.

const people = ['IOM-1', 'IOM-2', 'IOM-10', 'iom-3', 'B-7'].map((reference, i) =>
  newCase({ id: `id-${i}`, reference, openedOn: '2026-01-05', at: '2026-01-05T09:00:00Z' }),
);
const aCase = fc.constantFrom(...people);
const renamed = aCase.map((c): Case => ({ ...c, reference: `${c.reference}-R` }));
const error = {
  code: 'reference',
  message: 'Enter your reference for the person',
  field: 'reference',
};

const event: fc.Arbitrary<CasesEvent> = fc.oneof(
  fc.constant<CasesEvent>({ type: 'SET_UP' }),
  fc.constant<CasesEvent>({ type: 'LOCKED', note: 'locked' }),
  fc
    .subarray(people)
    .map((cs): CasesEvent => ({ type: 'UNLOCKED', summaries: cs.map(summariseCase) })),
  aCase.map((c): CasesEvent => ({ type: 'OPENED', case: c })),
  fc.constant<CasesEvent>({ type: 'LIST' }),
  fc
    .array(fc.oneof(aCase, renamed), { maxLength: 3 })
    .map((cases): CasesEvent => ({ type: 'SAVED', cases })),
  fc
    .array(aCase, { maxLength: 2 })
    .map((cs): CasesEvent => ({ type: 'FRESH', summaries: cs.map(summariseCase) })),
  fc.subarray(people.map((c) => c.id)).map((ids): CasesEvent => ({ type: 'REMOVED', ids })),
  fc.constant<CasesEvent>({ type: 'ERRORS', errors: [error] }),
  fc.constantFrom<CasesEvent>({ type: 'FILTER', filter: 'any' }, { type: 'FILTER', filter: 'all' }),
);
const run = (events: CasesEvent[]) =>
  events.reduce<CasesState[]>(
    (states, e) => [...states, reduce(states.at(-1)!, e)],
    [initialState],
  );

describe('the caseload page state', () => {
  it('keeps no case in memory once locked, deleted or set up, whatever came before', () => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 25 }),
        fc.constantFrom('LOCKED', 'SET_UP'),
        (events, end) => {
          const last = run([...events, { type: end } as CasesEvent]).at(-1)!;
          expect(last.summaries).toEqual([]);
          expect(last.opened).toBeNull();
          expect(last.imported).toBeNull();
          expect(last.errors).toEqual([]);
          expect(last.screen).toBe(end === 'LOCKED' ? 'locked' : 'setup');
        },
      ),
    );
  });

  it('lets no case back into memory while locked, even from a save that finishes after the lock', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events) => {
        for (const s of run(events))
          if (s.screen !== 'list' && s.screen !== 'case') {
            expect(s.summaries).toEqual([]);
            expect(s.opened).toBeNull();
            expect(s.imported).toBeNull();
          }
      }),
    );
  });

  it('lists each person once, in reference order, after any run of changes', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 25 }), (events) => {
        for (const s of run(events)) {
          const ids = s.summaries.map((c) => c.id);
          expect(new Set(ids).size).toBe(ids.length);
          const refs = s.summaries.map((c) => c.reference);
          expect(refs).toEqual(
            [...refs].sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true })),
          );
        }
      }),
    );
  });

  it('never shows a case that was deleted, here or in another tab', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 25 }), (events) => {
        const states = run(events);
        events.forEach((e, i) => {
          if (e.type !== 'REMOVED') return;
          const after = states[i + 1]!;
          expect(after.summaries.some((c) => e.ids.includes(c.id))).toBe(false);
          if (after.opened) expect(e.ids).not.toContain(after.opened.id);
          if (states[i]!.opened && e.ids.includes(states[i]!.opened!.id))
            expect(after.screen).toBe('list');
        });
      }),
    );
  });

  it('drops an error once something is saved or the person moves on, never before', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 25 }), (events) => {
        const states = run(events);
        events.forEach((e, i) => {
          const [before, after] = [states[i]!, states[i + 1]!];
          const done = ['SAVED', 'OPENED', 'LIST', 'LOCKED', 'SET_UP', 'UNLOCKED', 'FILTER'];
          // An event about cases while locked is dropped whole, errors and all.
          if (after === before) return;
          if (done.includes(e.type) || after.screen !== before.screen)
            expect(after.errors).toEqual([]);
          else if (e.type !== 'ERRORS') expect(after.errors).toEqual(before.errors);
        });
      }),
    );
  });

  it('shows a saved case as saved, in the list and open', () => {
    const c = people[0]!;
    let s = reduce(initialState, { type: 'UNLOCKED', summaries: [summariseCase(c)] });
    s = reduce(s, { type: 'OPENED', case: c });
    const closed = { ...c, closedOn: '2026-03-01' };
    s = reduce(s, { type: 'SAVED', cases: [closed] });
    expect(s.opened).toEqual(closed);
    expect(s.summaries).toEqual([summariseCase(closed)]);
  });
});
