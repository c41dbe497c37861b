import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import {
  easyReadOptionsFor,
  optionsFor,
  scoreAnswers,
  shownItems,
  MIN_ANSWERED_SHARE,
  type Answers,
} from '@attune/sdk/questionnaire';
import {
  createScreeningMachine,
  currentQuestion,
  restoreScreening,
  safeguardingGuidance,
  saveScreening,
  screeningEndedNote,
  ScreeningEndedNoteSchema,
  ScreeningRecordSchema,
  type ScreeningEvent,
} from '@attune/sdk/screening';
import { needsScreening as q } from '@attune/sdk/questionnaires/needs-screening';
import { noNeeds } from '../fixtures/needs-screening-patterns.js';

const machine = createScreeningMachine(q);
const AT = '2026-11-28T10:00:00Z';

/** Starts a run and answers "no need" until the given item is asked. */
function upTo(itemId: string) {
  const actor = createActor(machine).start();
  actor.send({ type: 'START', at: AT });
  actor.send({ type: 'CONSENT', given: true });
  for (let guard = 0; guard < 200; guard++) {
    const { item } = currentQuestion(q, actor.getSnapshot())!;
    if (item.id === itemId) return actor;
    actor.send({ type: 'ANSWER', value: noNeeds(item) });
  }
  throw new Error(`never reached ${itemId}`);
}

describe('a safeguarding disclosure is never lost', () => {
  it('keeps a safeguarding note (which flag and when, no answers) when the person stops after a safety answer', () => {
    const actor = upTo('sg-self-harm');
    actor.send({ type: 'ANSWER', value: 'yes', at: '2026-11-28T10:12:00Z' });
    actor.send({ type: 'WITHDRAW', at: '2026-11-28T10:13:00Z' });
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('withdrawn');
    expect(snap.context.answers).toEqual({});
    const note = ScreeningEndedNoteSchema.parse(screeningEndedNote(snap, '2026-11-28T10:13:00Z'));
    expect(note.safeguarding!.flags).toEqual([
      { itemId: 'sg-self-harm', kind: 'self-harm', raisedAt: '2026-11-28T10:12:00Z' },
    ]);
    // The note says that a concern arose, never what was said or answered.
    expect(JSON.stringify(note)).not.toMatch(/"yes"|message|hurt/);
  });

  it('gives no safeguarding note when nothing safeguarding-related happened', () => {
    const actor = upTo('sg-suicide');
    actor.send({ type: 'WITHDRAW', at: AT });
    expect(screeningEndedNote(actor.getSnapshot(), AT)).not.toHaveProperty('safeguarding');
  });

  it('records that a disclosure was made at any step (intro, consent, a question, review), with the step and time', () => {
    const actor = createActor(machine).start();
    actor.send({ type: 'RECORD_DISCLOSURE', kind: 'domestic-abuse', at: '2026-11-28T10:00:00Z' });
    actor.send({ type: 'START', at: AT });
    actor.send({ type: 'RECORD_DISCLOSURE', kind: 'child-concern', at: '2026-11-28T10:01:00Z' });
    actor.send({ type: 'CONSENT', given: true });
    actor.send({ type: 'RECORD_DISCLOSURE', kind: 'risk-to-others', at: '2026-11-28T10:02:00Z' });
    expect(actor.getSnapshot().context.disclosures).toEqual([
      { kind: 'domestic-abuse', step: 'intro', at: '2026-11-28T10:00:00Z' },
      { kind: 'child-concern', step: 'consent', at: '2026-11-28T10:01:00Z' },
      { kind: 'risk-to-others', step: 'today-feeling', at: '2026-11-28T10:02:00Z' },
    ]);
  });

  it('records what action was taken and who was told, with times, from a closed list that cannot hold what was said', () => {
    const actor = upTo('sg-exploitation');
    actor.send({ type: 'ANSWER', value: 'yes', at: AT });
    actor.send({
      type: 'RECORD_SAFEGUARDING_ACTION',
      about: 'exploitation',
      action: 'adult-safeguarding-concern-raised',
      told: ['safeguarding-lead', 'iom-lead'],
      at: '2026-11-28T10:20:00Z',
    });
    // Free text where a closed value belongs is refused, so nothing the person said gets in.
    actor.send({
      type: 'RECORD_SAFEGUARDING_ACTION',
      about: 'exploitation',
      action: 'He said his cousin keeps the drugs at his flat' as never,
      told: ['police'],
      at: AT,
    });
    actor.send({ type: 'RECORD_DISCLOSURE', kind: 'what he told me' as never, at: AT });
    const { context } = actor.getSnapshot();
    expect(context.safeguardingActions).toEqual([
      {
        about: 'exploitation',
        action: 'adult-safeguarding-concern-raised',
        told: ['safeguarding-lead', 'iom-lead'],
        at: '2026-11-28T10:20:00Z',
      },
    ]);
    expect(context.disclosures).toEqual([]);
    actor.send({ type: 'WITHDRAW', at: AT });
    expect(screeningEndedNote(actor.getSnapshot(), AT).safeguarding!.actions).toHaveLength(1);
  });

  it('puts flags, disclosures and actions in the completed record', () => {
    const actor = upTo('sg-suicide');
    actor.send({ type: 'ANSWER', value: 'yes', at: AT });
    actor.send({ type: 'RECORD_DISCLOSURE', kind: 'domestic-abuse', at: AT });
    actor.send({
      type: 'RECORD_SAFEGUARDING_ACTION',
      about: 'suicidal-thoughts',
      action: 'safety-plan-agreed',
      told: ['probation-practitioner'],
      at: AT,
    });
    while (actor.getSnapshot().value === 'answering') {
      const { item } = currentQuestion(q, actor.getSnapshot())!;
      actor.send(
        item.kind === 'text' ? { type: 'SKIP' } : { type: 'ANSWER', value: noNeeds(item) },
      );
    }
    actor.send({ type: 'SUBMIT', at: AT });
    const record = ScreeningRecordSchema.parse(actor.getSnapshot().output);
    expect(record.flags.map((f) => f.kind)).toEqual(['suicidal-thoughts']);
    expect(record.disclosures!.map((d) => d.kind)).toEqual(['domestic-abuse']);
    expect(record.safeguardingActions!.map((a) => a.action)).toEqual(['safety-plan-agreed']);
  });

  it('survives a save and restore with its note', () => {
    const actor = upTo('sg-suicide');
    actor.send({ type: 'ANSWER', value: 'yes', at: AT });
    actor.send({ type: 'RECORD_DISCLOSURE', kind: 'self-harm', at: AT });
    const restored = restoreScreening(q, saveScreening(q, actor.getPersistedSnapshot()));
    expect(restored.ok).toBe(true);
    const again = createActor(machine, {
      snapshot: restored.ok ? restored.snapshot : undefined,
    }).start();
    expect(again.getSnapshot().context.flags.map((f) => f.itemId)).toEqual(['sg-suicide']);
    expect(again.getSnapshot().context.disclosures).toHaveLength(1);
  });

  it('gives guidance with the service’s own crisis line, or says it has not been set', () => {
    const flag = { itemId: 'sg-suicide' };
    const set = safeguardingGuidance(q, flag, { crisisLine: 'Crisis line: 0800 000 0000' })!;
    expect(set.signposting).toContain('Crisis line: 0800 000 0000');
    expect(safeguardingGuidance(q, flag)!.signposting.join(' ')).toMatch(/has not set one/);
  });
});

const SAFETY = ['sg-suicide', 'sg-self-harm', 'sg-exploitation'] as const;
const anyEvent = (ids: readonly string[]): fc.Arbitrary<ScreeningEvent> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .constantFrom<unknown>('never', 'often', 'no', 'yes', ['none'], ['blow'], 'okay', 'bogus')
        .map((value) => ({ type: 'ANSWER', value, at: AT }) as ScreeningEvent),
    },
    { weight: 2, arbitrary: fc.constant({ type: 'SKIP' } as ScreeningEvent) },
    { weight: 2, arbitrary: fc.constant({ type: 'BACK' } as ScreeningEvent) },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(...ids)
        .map((itemId) => ({ type: 'CHANGE', itemId }) as ScreeningEvent),
    },
    { weight: 1, arbitrary: fc.constant({ type: 'SUBMIT', at: AT } as ScreeningEvent) },
    { weight: 1, arbitrary: fc.constant({ type: 'WITHDRAW', at: AT } as ScreeningEvent) },
    { weight: 1, arbitrary: fc.constant({ type: 'CONSENT', given: false } as ScreeningEvent) },
  );

describe('safeguarding properties', () => {
  it('a safeguarding answer followed by any path of events leaves a safeguarding note in whatever the run ends as', () => {
    const ids = q.items.map((i) => i.id);
    fc.assert(
      fc.property(
        fc.constantFrom(...SAFETY),
        fc.array(anyEvent(ids), { maxLength: 60 }),
        (flagged, events) => {
          const actor = upTo(flagged);
          actor.send({ type: 'ANSWER', value: 'yes', at: AT });
          for (const e of events) actor.send(e);
          const snap = actor.getSnapshot();
          const kept =
            snap.value === 'complete'
              ? snap.output!.flags
              : snap.value === 'withdrawn' || snap.value === 'declined'
                ? (screeningEndedNote(snap, AT).safeguarding?.flags ?? [])
                : snap.context.flags;
          expect(kept.map((f) => f.itemId)).toContain(flagged);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('no domain reaches "some" or "strong" without its minimum answers', () => {
    const choice = fc.array(fc.nat(), { minLength: 120, maxLength: 120 });
    fc.assert(
      fc.property(choice, fc.integer({ min: 0, max: 90 }), (picks, skipRate) => {
        // Walk the questions in order, as a person would, answering in plain or Easy Read, or skipping.
        const answers: Answers = {};
        let n = 0;
        for (let guard = 0; guard < 150; guard++) {
          const next = shownItems(q, answers).find((i) => !(i.id in answers));
          if (!next) break;
          const pick = picks[n++ % picks.length]!;
          const easy = pick % 2 === 0;
          const options = easy ? easyReadOptionsFor(next) : optionsFor(next);
          if (next.kind === 'text' || pick % 100 < skipRate) answers[next.id] = null;
          else if (next.kind === 'multiple') {
            const o = options[pick % options.length]!;
            answers[next.id] = [o.value];
          } else answers[next.id] = options[pick % options.length]!.value;
        }
        const shown = shownItems(q, answers);
        for (const d of scoreAnswers(q, answers).domains) {
          if (d.level !== 'some' && d.level !== 'strong') continue;
          const asked = shown.filter((i) => i.feeds?.[d.domain] !== undefined).length;
          expect(d.answered, d.domain).toBeGreaterThanOrEqual(MIN_ANSWERED_SHARE * asked);
        }
      }),
      { numRuns: 300 },
    );
  });
});
