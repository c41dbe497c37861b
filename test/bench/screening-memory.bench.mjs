// Part of npm run bench (run with node --expose-gc) — memory a screening takes:
//  - one live actor halfway through a run, as the heap growth from holding many of them, divided;
//  - bytes of one saved completed run (saveScreening's JSON, UTF-8), what a host stores per person.
// For the needs screening and a generated 1,000-item questionnaire; with ATTUNE_BEFORE=<dist/>,
// the baseline build's actors on the needs screening too.
import { answer, fixedAnswers, hostRun, liveActor, loadSdk } from './host-run.mjs';
import { generatedAnswer, generatedDefinition } from '../fixtures/generated-questionnaire.ts';

if (!globalThis.gc) throw new Error('Run with node --expose-gc');
const sdk = await loadSdk(new URL('../../sdk/dist/', import.meta.url));
const before = process.env.ATTUNE_BEFORE
  ? await loadSdk(new URL(`file://${process.env.ATTUNE_BEFORE}`))
  : null;

function heapUsed() {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

/** Bytes of heap one live actor holds, halfway through its run. */
function bytesPerLiveActor(build, q, answers, count) {
  const machine = build.createScreeningMachine(q);
  const half = Math.floor(answers.size / 2);
  // Build and drop a first batch, so code, caches and lazily built tables settle before measuring.
  Array.from({ length: count }, () => liveActor(build, machine, q, answers, half));
  const start = heapUsed();
  const actors = Array.from({ length: count }, () => liveActor(build, machine, q, answers, half));
  const bytes = (heapUsed() - start) / count;
  if (actors.some((a) => a.getSnapshot().value !== 'answering')) throw new Error('Run ended early');
  return bytes;
}

function savedBytes(build, q, answers) {
  const machine = build.createScreeningMachine(q, { recommend: build.recommendFromCatalogue });
  const actor = build.createActor(machine).start();
  actor.send({ type: 'START', at: '2026-11-24T10:00:00Z' });
  actor.send({ type: 'CONSENT', given: true });
  while (actor.getSnapshot().value === 'answering') {
    answer(actor, build.currentQuestion(q, actor.getSnapshot()), answers);
  }
  actor.send({ type: 'SUBMIT', at: '2026-11-24T10:25:00Z' });
  return Buffer.byteLength(JSON.stringify(build.saveScreening(q, actor.getPersistedSnapshot())));
}

// The same fixed answers as the throughput benchmark.
const needsAnswers = (build) => ({
  q: build.needsScreening,
  answers: fixedAnswers(build, build.needsScreening),
});

function generated(build) {
  const q = build.defineQuestionnaire(generatedDefinition(1000));
  return { q, answers: new Map(q.items.map((item) => [item.id, generatedAnswer(item)])) };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
for (const [label, make] of [
  [`Needs screening (${sdk.needsScreening.items.length} items)`, needsAnswers],
  ['Generated, 1,000 items', generated],
]) {
  const { q, answers } = make(sdk);
  hostRun(sdk, sdk.createScreeningMachine(q), q, answers); // the same run the other benchmarks time
  const live = bytesPerLiveActor(sdk, q, answers, q.items.length > 500 ? 50 : 500);
  let line = `${label}: one live actor halfway ${kb(live)}`;
  // The baseline takes over a second a run at 1,000 items, so it is measured on the needs screening only.
  if (before && q.items.length < 500) {
    const old = make(before);
    line += ` (baseline ${kb(bytesPerLiveActor(before, old.q, old.answers, q.items.length > 500 ? 50 : 500))})`;
  }
  console.log(`${line}; a saved completed run ${kb(savedBytes(sdk, q, answers))} of JSON`);
}
