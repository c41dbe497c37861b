// Saves forged as an attacker who can write the store would forge them: change what the save
// claims, then recompute the checksum. Restore must refuse every one with a typed error, or rebuild
// the run from what the person said, never hand back what the save claims.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { defineQuestionnaire } from '@attune/sdk/questionnaire';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';
import { recommendFromCatalogue } from '@attune/sdk/adjustments';
import {
  checksumOf,
  createScreeningMachine,
  currentQuestion,
  restoreScreening,
  saveScreening,
  ScreeningRecordSchema,
  type ScreeningEvent,
} from '@attune/sdk/screening';
import { smallDefinition } from '../fixtures/small-questionnaire.js';

const q = defineQuestionnaire(smallDefinition);
const machine = createScreeningMachine(q);

function run(events: ScreeningEvent[]) {
  const actor = createActor(machine, { input: { reference: 'case-1' } }).start();
  for (const e of events) actor.send(e);
  return actor;
}
const begin: ScreeningEvent[] = [
  { type: 'START', at: '2026-11-24T10:00:00Z' },
  { type: 'CONSENT', given: true },
];
const midway = () =>
  run([...begin, { type: 'ANSWER', value: 'often' }, { type: 'ANSWER', value: 'yes' }]);
const atReview = (crisis = 'yes') =>
  run([
    ...begin,
    { type: 'ANSWER', value: 'often' },
    { type: 'ANSWER', value: 'no' },
    { type: 'ANSWER', value: crisis },
    { type: 'ANSWER', value: ['music'] },
  ]);
const complete = () => {
  const actor = atReview('no');
  actor.send({ type: 'SUBMIT', at: '2026-11-24T10:20:00Z' });
  return actor;
};

type Persisted = {
  status: string;
  value: string;
  context: Record<string, any>;
  [k: string]: unknown;
};
const persisted = (actor: ReturnType<typeof run>) =>
  JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as Persisted;

/** A save in the format written before schemaVersion 2 (XState's whole snapshot), re-signed. */
function forgedLegacy(snapshot: Persisted) {
  return {
    format: 'attune.saved-screening',
    schemaVersion: 1,
    questionnaire: { id: q.id, version: q.version },
    checksum: checksumOf(snapshot),
    snapshot,
  };
}
/** A save in today's format with the run changed as given, re-signed. */
function forged(actor: ReturnType<typeof run>, change: (run: Record<string, any>) => void) {
  const saved = JSON.parse(JSON.stringify(saveScreening(q, actor.getPersistedSnapshot())));
  change(saved.run);
  saved.checksum = checksumOf(saved.run);
  return saved;
}
const refused = (saved: unknown, code = 'inconsistent') => {
  const result = restoreScreening(q, saved);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error.code).toBe(code);
};

describe('a forged, re-signed save is refused', () => {
  it('a withdrawn run that still holds answers', () => {
    const s = persisted(midway());
    refused(forgedLegacy({ ...s, status: 'done', value: 'withdrawn' }));
    refused(forged(midway(), (r) => (r.state = 'withdrawn')));
  });

  it('a declined run that holds answers', () => {
    refused(forged(midway(), (r) => (r.state = 'declined')));
  });

  it('a review with the safeguarding answer "yes" and no flag', () => {
    const s = persisted(atReview('yes'));
    expect(s.context.flags).toHaveLength(1);
    refused(forgedLegacy({ ...s, context: { ...s.context, flags: [] } }));
    refused(forged(atReview('yes'), (r) => (r.flags = [])));
  });

  it('a flag no answer raised, or with a message of its own', () => {
    const s = persisted(atReview('no'));
    const invented = [{ itemId: 'letters', message: 'Call this number' }];
    refused(forgedLegacy({ ...s, context: { ...s.context, flags: invented } }));
    refused(forged(atReview('no'), (r) => (r.flags = invented)));
    refused(
      forged(atReview('yes'), (r) => (r.flags = [{ itemId: 'crisis', message: 'Nothing to do' }])),
    );
  });

  it('an error for another item than the one being asked', () => {
    const error = {
      itemId: 'letters',
      code: 'required',
      message: 'Choose an answer, or "Prefer not to say"',
    };
    const s = persisted(midway());
    refused(forgedLegacy({ ...s, context: { ...s.context, error } }));
    refused(forged(midway(), (r) => (r.error = error)));
  });

  it('an output that differs from the record', () => {
    const s = persisted(complete());
    refused(forgedLegacy({ ...s, output: { ...(s.output as object), strengths: ['Invented'] } }));
  });

  it('a review with no answers', () => {
    const s = persisted(atReview());
    refused(forgedLegacy({ ...s, context: { ...s.context, answers: {}, flags: [] } }));
    refused(forged(atReview(), (r) => ((r.answers = {}), (r.flags = []))));
  });

  it('multiple-choice values untrimmed or given twice', () => {
    for (const value of [[' music'], ['music', 'music'], ['music ']]) {
      const s = persisted(atReview('no'));
      refused(
        forgedLegacy({
          ...s,
          context: { ...s.context, answers: { ...s.context.answers, 'good-at': value } },
        }),
      );
      refused(forged(atReview('no'), (r) => (r.answers['good-at'] = value)));
    }
  });

  it('a start time that is not an ISO 8601 date-time, or not a real one', () => {
    for (const startedAt of ['yesterday', '2026-02-30T10:00:00Z', '2026-11-24T24:00:00Z']) {
      const s = persisted(complete());
      const legacy = forgedLegacy({ ...s, context: { ...s.context, startedAt } });
      expect(restoreScreening(q, legacy).ok).toBe(false);
      expect(
        restoreScreening(
          q,
          forged(complete(), (r) => (r.startedAt = startedAt)),
        ).ok,
      ).toBe(false);
    }
  });

  it('a reference of a megabyte, whose record would fail the record schema', () => {
    const reference = 'x'.repeat(1024 * 1024);
    const s = persisted(complete());
    refused(
      JSON.stringify(forgedLegacy({ ...s, context: { ...s.context, reference } })),
      'too-large',
    );
    // Under the size bound, the record's own limit still applies.
    expect(
      restoreScreening(
        q,
        forged(complete(), (r) => (r.reference = 'x'.repeat(101))),
      ).ok,
    ).toBe(false);
  });

  it('a key nested 100,000 deep, as text or as an object, is a typed error and nothing throws', () => {
    const deepText = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`;
    const text = JSON.stringify(forgedLegacy(persisted(midway()))).replace(
      /}$/,
      `,"extra":${deepText}}`,
    );
    refused(text, 'too-deep');
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 100_000; i++) deep = (deep.a = {}) as Record<string, unknown>;
    refused({ ...forgedLegacy(persisted(midway())), extra: root }, 'too-deep');
    const cyclic: Record<string, unknown> = { ...forgedLegacy(persisted(midway())) };
    cyclic.self = cyclic;
    expect(() => restoreScreening(q, cyclic)).not.toThrow();
    expect(restoreScreening(q, cyclic).ok).toBe(false);
  });

  it('an answer keyed "__proto__"', () => {
    const text = JSON.stringify(forged(midway(), () => {})).replace(
      '"answers":{',
      '"answers":{"__proto__":"often",',
    );
    const saved = JSON.parse(text);
    saved.checksum = checksumOf(JSON.parse(text).run);
    refused(saved);
  });
});

describe('what restore hands back is derived, never copied from the save', () => {
  it('drops anything extra in an old save rather than returning the stored snapshot', () => {
    const s = persisted(midway());
    const result = restoreScreening(q, forgedLegacy({ ...s, planted: { evil: true } }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.snapshot).not.toHaveProperty('planted');
  });

  it('rebuilds a finished run whose record fails nothing and matches a straight run', () => {
    const straight = complete();
    const result = restoreScreening(
      q,
      JSON.stringify(saveScreening(q, straight.getPersistedSnapshot())),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const restored = createActor(machine, { snapshot: result.snapshot }).start().getSnapshot();
    expect(restored.output).toEqual(straight.getSnapshot().output);
    expect(ScreeningRecordSchema.safeParse(restored.output).success).toBe(true);
  });

  it('restores a change from review left pending at consent, as the machine allows', () => {
    const actor = atReview('no');
    actor.send({ type: 'CHANGE', itemId: 'letters' });
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('consent');
    const result = restoreScreening(q, saveScreening(q, actor.getPersistedSnapshot()));
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(
        createActor(machine, { snapshot: result.snapshot }).start().getSnapshot().context,
      ).toEqual(actor.getSnapshot().context);
  });

  it('saves and restores a run whose host sent a bad time, without the host’s error', () => {
    const actor = createActor(machine).start();
    actor.send({ type: 'START', at: '2026-02-30T10:00:00Z' });
    expect(actor.getSnapshot().context.error?.code).toBe('invalid-time');
    const result = restoreScreening(q, saveScreening(q, actor.getPersistedSnapshot()));
    expect(result.ok).toBe(true);
  });

  it('keeps a flag raised by an answer the person later changed', () => {
    const actor = atReview('yes');
    actor.send({ type: 'CHANGE', itemId: 'crisis' });
    actor.send({ type: 'ANSWER', value: 'no' });
    expect(actor.getSnapshot().context.flags).toHaveLength(1);
    const result = restoreScreening(q, saveScreening(q, actor.getPersistedSnapshot()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const restored = createActor(machine, { snapshot: result.snapshot }).start();
    restored.send({ type: 'SUBMIT', at: '2026-11-24T10:30:00Z' });
    expect(restored.getSnapshot().output?.flags).toEqual([
      { itemId: 'crisis', message: 'Follow your safeguarding procedure now.', raisedAt: null },
    ]);
  });
});

describe('a finished run is saved once', () => {
  it('keeps a completed needs screening in under 4 KiB', () => {
    const options = { recommend: recommendFromCatalogue };
    const actor = createActor(createScreeningMachine(needsScreening, options)).start();
    actor.send({ type: 'START', at: '2026-11-24T10:00:00Z' });
    actor.send({ type: 'CONSENT', given: true });
    while (actor.getSnapshot().value === 'answering') {
      const { item, options: shown } = currentQuestion(needsScreening, actor.getSnapshot())!;
      const last = shown.at(-1)?.value;
      actor.send(
        item.kind === 'text'
          ? { type: 'ANSWER', value: 'Fixing bikes and cooking for my family' }
          : { type: 'ANSWER', value: item.kind === 'multiple' ? [last] : last },
      );
    }
    actor.send({ type: 'SUBMIT', at: '2026-11-24T10:40:00Z' });
    const text = JSON.stringify(saveScreening(needsScreening, actor.getPersistedSnapshot()));
    expect(new TextEncoder().encode(text).length).toBeLessThan(4096);
    const result = restoreScreening(needsScreening, text, options);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(
        createActor(createScreeningMachine(needsScreening, options), { snapshot: result.snapshot })
          .start()
          .getSnapshot().output,
      ).toEqual(actor.getSnapshot().output);
  });
});
