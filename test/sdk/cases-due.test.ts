import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  caseloadDue,
  daysBetween,
  DUE_KINDS,
  summariseCase,
  whatIsDue,
  type Case,
  type CaseEntry,
} from '@attune/sdk/cases';
import { REFERRAL_STATUSES, type ReferralRecord, type ReferralStatus } from '@attune/sdk/follow-up';
import { sampleParts } from '../fixtures/caseload';

const parts = sampleParts();
const CHECK = { id: 'attune-practical-support', version: '1.1.0' };
const dayOf = (n: number) =>
  new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const day = fc.integer({ min: 0, max: 700 }).map(dayOf);

/** A random entry of any kind; reviews and actions point at entries made alongside them. */
const entry = (id: string): fc.Arbitrary<CaseEntry> =>
  fc.oneof(
    fc.record({
      id: fc.constant(id),
      on: day,
      kind: fc.constant('screening' as const),
      record: fc.boolean().map((flagged) => ({
        ...parts.screening,
        flags: flagged ? [{ itemId: 'ctx-feeling', message: 'Ask how they are today.' }] : [],
      })),
    }),
    fc.record({
      id: fc.constant(id),
      on: day,
      kind: fc.constant('screening-ended' as const),
      record: fc.constantFrom('declined', 'withdrawn').map((status) => ({
        kind: 'screening-ended' as const,
        status: status as 'declined' | 'withdrawn',
        questionnaire: parts.screening.questionnaire,
        endedAt: null,
      })),
    }),
    // A practical-support check, finished or ended: never counted as the person's screening.
    fc.record({
      id: fc.constant(id),
      on: day,
      kind: fc.constant('check' as const),
      record: fc.boolean().map((flagged) => ({
        ...parts.screening,
        questionnaire: CHECK,
        flags: flagged ? [{ itemId: 'safe-now', message: 'Ask if they are safe.' }] : [],
      })),
    }),
    fc.record({
      id: fc.constant(id),
      on: day,
      kind: fc.constant('check-ended' as const),
      record: fc.constantFrom('declined', 'withdrawn').map((status) => ({
        kind: 'screening-ended' as const,
        status: status as 'declined' | 'withdrawn',
        questionnaire: CHECK,
        endedAt: null,
      })),
    }),
    fc.record({
      id: fc.constant(id),
      on: day,
      kind: fc.constant('adjustment-plan' as const),
      record: day.map((reviewDate) => ({ ...parts.plan, reviewDate })),
    }),
    fc.record({
      id: fc.constant(id),
      on: day,
      kind: fc.constant('referral' as const),
      to: fc.constantFrom('GP', 'Speech and language therapy'),
      consentToShare: fc.boolean(),
      status: fc.constantFrom('waiting', 'accepted', 'seen', 'declined', 'withdrawn'),
      note: fc.constant(null),
    }),
    // A referral made on the follow-up page inside a case, at any point of its way.
    fc.record({
      id: fc.constant(id),
      on: day,
      kind: fc.constant('referral-record' as const),
      record: fc
        .tuple(fc.constantFrom(...REFERRAL_STATUSES), day)
        .map(([status, sent]) => referralRecord(status, sent)),
    }),
  );

/** A follow-up referral record with the dates its status needs. */
function referralRecord(status: ReferralStatus, sentOn: string): ReferralRecord {
  const sent = status !== 'preparing';
  return {
    schemaVersion: 1,
    kind: 'attune.referral',
    reference: null,
    to: 'gp',
    otherService: null,
    areas: [],
    consentOn: sentOn,
    status,
    sentOn: sent ? sentOn : null,
    acceptedOn: status === 'accepted' || status === 'assessed' ? sentOn : null,
    assessedOn: status === 'assessed' ? sentOn : null,
    closedOn: status === 'not-accepted' || status === 'withdrawn' ? sentOn : null,
    outcome: null,
  };
}

/** A case with random entries, then reviews of its plans and actions on its screenings. */
const caseArb = (n: number): fc.Arbitrary<Case> =>
  fc
    .tuple(
      fc
        .array(fc.nat(), { maxLength: 8 })
        .chain((xs) => fc.tuple(...xs.map((_, i) => entry(`e${n}-${i}`)))),
      fc.array(
        fc.tuple(fc.nat(), day, fc.option(day), fc.constantFrom('working', 'change', 'stop')),
        {
          maxLength: 3,
        },
      ),
      fc.array(fc.tuple(fc.nat(), day), { maxLength: 2 }),
      fc.option(day, { freq: 5 }),
    )
    .map(([base, reviews, actions, closedOn]) => {
      const entries: CaseEntry[] = [...base];
      const plans = base.filter((e) => e.kind === 'adjustment-plan');
      const screenings = base.filter((e) => e.kind === 'screening');
      reviews.forEach(([k, on, next, outcome], i) => {
        const plan = plans[k % Math.max(plans.length, 1)];
        if (plan)
          entries.push({
            id: `v${n}-${i}`,
            on,
            kind: 'plan-review',
            plan: plan.id,
            outcome: outcome as 'working',
            nextReview: next,
            note: null,
          });
      });
      actions.forEach(([k, on], i) => {
        const s = screenings[k % Math.max(screenings.length, 1)];
        if (s)
          entries.push({
            id: `x${n}-${i}`,
            on,
            kind: 'safeguarding-action',
            about: s.id,
            action: 'Told the duty officer',
          });
      });
      return {
        schemaVersion: 1,
        kind: 'attune.case',
        id: `c${n}`,
        reference: `REF-${n}`,
        displayName: null,
        openedOn: dayOf(0),
        closedOn,
        updatedAt: null,
        entries,
      } satisfies Case;
    });

const caseload = fc
  .integer({ min: 0, max: 6 })
  .chain((size) => fc.tuple(...Array.from({ length: size }, (_, i) => caseArb(i))));

describe('what is due', () => {
  it('is each case’s own list, in order of urgency, whatever order the caseload is in', () => {
    fc.assert(
      fc.property(caseload, day, (cases, today) => {
        const all = caseloadDue(cases, { today });
        expect(all).toEqual(cases.flatMap((c) => whatIsDue(c, { today })));
        const reversed = caseloadDue([...cases].reverse(), { today });
        expect(new Set(reversed.map((d) => JSON.stringify(d)))).toEqual(
          new Set(all.map((d) => JSON.stringify(d))),
        );
        for (const c of cases) {
          const kinds = whatIsDue(c, { today }).map((d) => DUE_KINDS.indexOf(d.kind));
          expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
        }
      }),
    );
  });

  it('gives the same answer for a case and for its summary', () => {
    fc.assert(
      fc.property(caseArb(0), day, (c, today) => {
        const summary = summariseCase(c);
        expect(whatIsDue(summary, { today })).toEqual(whatIsDue(c, { today }));
        // The summary holds no answers, flag messages or notes.
        expect(JSON.stringify(summary)).not.toMatch(/answers|message|Told the duty officer/);
      }),
    );
  });

  it('leaves a closed case with nothing due', () => {
    fc.assert(
      fc.property(caseArb(0), day, (c, today) => {
        expect(whatIsDue({ ...c, closedOn: today }, { today })).toEqual([]);
      }),
    );
  });

  it('never lets an overdue review stop being overdue as days pass', () => {
    fc.assert(
      fc.property(caseArb(0), day, fc.integer({ min: 1, max: 400 }), (c, today, later) => {
        const before = whatIsDue(c, { today }).find((d) => d.kind === 'review-overdue');
        const after = whatIsDue(c, { today: dayOf(daysBetween(dayOf(0), today) + later) }).find(
          (d) => d.kind === 'review-overdue',
        );
        if (before) expect(after).toEqual({ ...before, days: before.days! + later });
      }),
    );
  });

  it('shows a review within the “soon” window as due, with the days left', () => {
    fc.assert(
      fc.property(caseArb(0), day, fc.integer({ min: 0, max: 60 }), (c, today, soon) => {
        for (const d of whatIsDue(c, { today, reviewSoonDays: soon }).filter(
          (d) => d.kind === 'review-due',
        )) {
          expect(d.days).toBe(daysBetween(today, d.date!));
          expect(d.days).toBeGreaterThanOrEqual(0);
          expect(d.days).toBeLessThanOrEqual(soon);
        }
      }),
    );
  });

  it('closes every open safeguarding flag once an action is recorded for it, and changes nothing else', () => {
    fc.assert(
      fc.property(caseArb(0), day, (c, today) => {
        const flagged = c.entries.filter(
          (e) => (e.kind === 'screening' || e.kind === 'check') && e.record.flags.length,
        );
        const acted: Case = {
          ...c,
          entries: [
            ...c.entries,
            ...flagged.map((s, i) => ({
              id: `act-${i}`,
              on: today,
              kind: 'safeguarding-action' as const,
              about: s.id,
              action: 'Safeguarding lead told',
            })),
          ],
        };
        const before = whatIsDue(c, { today });
        const after = whatIsDue(acted, { today });
        expect(after.filter((d) => d.kind === 'safeguarding-open')).toEqual([]);
        expect(after).toEqual(before.filter((d) => d.kind !== 'safeguarding-open'));
      }),
    );
  });

  it('flags a referral only while it is waiting and past the wait allowed', () => {
    fc.assert(
      fc.property(caseArb(0), day, fc.integer({ min: 0, max: 120 }), (c, today, wait) => {
        const flagged = new Set(
          whatIsDue(c, { today, referralWaitDays: wait })
            .filter((d) => d.kind === 'referral-waiting')
            .map((d) => d.entryId),
        );
        if (c.closedOn !== null) return;
        for (const e of c.entries)
          if (e.kind === 'referral')
            expect(flagged.has(e.id), e.id).toBe(
              e.status === 'waiting' && daysBetween(e.on, today) > wait,
            );
          else if (e.kind === 'referral-record')
            // Sent or accepted, not yet assessed or closed: waiting since the day it was sent.
            expect(flagged.has(e.id), e.id).toBe(
              (e.record.status === 'sent' || e.record.status === 'accepted') &&
                daysBetween(e.record.sentOn!, today) > wait,
            );
      }),
    );
  });

  it('says “not screened” until a screening is completed, and “declined” while the last word was no', () => {
    fc.assert(
      fc.property(caseArb(0), day, (c, today) => {
        if (c.closedOn !== null) return;
        const kinds = whatIsDue(c, { today }).map((d) => d.kind);
        const last = [...c.entries]
          .map((e, i) => [e, i] as const)
          .filter(([e]) => e.kind === 'screening' || e.kind === 'screening-ended')
          .sort(([a, i], [b, j]) => a.on.localeCompare(b.on) || i - j)
          .at(-1)?.[0];
        const declined = last?.kind === 'screening-ended' && last.record.status === 'declined';
        expect(kinds.includes('declined')).toBe(declined);
        expect(kinds.includes('not-screened')).toBe(!declined && last?.kind !== 'screening');
      }),
    );
  });
});
