// Part of npm run bench — how the cost of one host-style screening run grows with the size of the
// questionnaire: generated definitions of 50, 200, 1,000 and 5,000 items with display conditions
// (test/fixtures/generated-questionnaire.ts), each run answering every shown question. Reports the
// median CPU time per run (see cpu-time.mjs) and the slope of log(time) against log(items) from 200 to 5,000 items:
// 1 means linear, 2 quadratic. With ATTUNE_BEFORE=<dist/>, the baseline build up to 1,000 items.
import { cpuMsPerRun } from './cpu-time.mjs';
import { hostRun, loadSdk } from './host-run.mjs';
import { generatedAnswer, generatedDefinition } from '../fixtures/generated-questionnaire.ts';

const sdk = await loadSdk(new URL('../../sdk/dist/', import.meta.url));
const before = process.env.ATTUNE_BEFORE
  ? await loadSdk(new URL(`file://${process.env.ATTUNE_BEFORE}`))
  : null;
const sizes = [50, 200, 1000, 5000];
function timeWith(build, size) {
  const q = build.defineQuestionnaire(generatedDefinition(size));
  const machine = build.createScreeningMachine(q);
  const answers = new Map(q.items.map((item) => [item.id, generatedAnswer(item)]));
  const shown = Object.keys(hostRun(build, machine, q, answers).answers).length;
  hostRun(build, machine, q, answers); // warm up
  return { shown, ms: cpuMsPerRun(() => hostRun(build, machine, q, answers)) };
}

const after = {};
const base = {};
console.log('Items  shown  CPU ms per run (median)' + (before ? '  before (baseline build)' : ''));
for (const size of sizes) {
  after[size] = timeWith(sdk, size);
  if (before && size <= 1000) base[size] = timeWith(before, size);
  console.log(
    `${String(size).padStart(5)}  ${String(after[size].shown).padStart(5)}  ${after[size].ms.toFixed(2).padStart(10)}` +
      (base[size] ? `  ${base[size].ms.toFixed(1).padStart(10)}` : ''),
  );
}
const slope = (t, from, to) => Math.log(t[to].ms / t[from].ms) / Math.log(to / from);
console.log(
  `Slope of log(time) on log(items), 200 → 5,000: ${slope(after, 200, 5000).toFixed(2)} (goal: at most 1.2)`,
);
if (before) console.log(`Baseline slope, 200 → 1,000: ${slope(base, 200, 1000).toFixed(2)}`);
console.log(`1,000 items: ${after[1000].ms.toFixed(1)} ms per run (goal: under 50 ms)`);
