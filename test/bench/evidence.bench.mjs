// npm run bench:evidence — records summarised per second in Node for 10,000 and 100,000 generated
// records, in memory and streamed from NDJSON files, with peak heap while streaming. The goal is
// 100,000 records in under a second, with memory that does not grow with the number of records.
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { createCohortAccumulator, summariseCohort } from '@attune/sdk/evidence';
import { generatedCohort } from '../fixtures/cohort.ts';

const dir = mkdtempSync(join(tmpdir(), 'attune-evidence-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function writeNdjson(count) {
  const file = join(dir, `${count}.ndjson`);
  const out = createWriteStream(file);
  for (const r of generatedCohort(count, 42))
    if (!out.write(`${JSON.stringify(r)}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return file;
}

async function stream(file) {
  const acc = createCohortAccumulator();
  let peak = 0;
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    let record;
    try {
      record = JSON.parse(line);
    } catch {
      record = undefined;
    }
    acc.add(record);
    // Live memory, not garbage: collect, then sample, every 10,000 records.
    if (acc.seen % 10_000 === 0) {
      globalThis.gc?.();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
  }
  return { summary: acc.finish(), peak };
}

for (const count of [10_000, 100_000]) {
  let records = [...generatedCohort(count, 42)];
  summariseCohort(records.slice(0, 2000)); // warm up
  const times = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    summariseCohort(records);
    times.push(performance.now() - t0);
  }
  // eslint-disable-next-line no-useless-assignment -- dropped so the GC can take it before streaming
  records = null; // streaming must not be measured with the in-memory cohort still held
  const file = await writeNdjson(count);
  globalThis.gc?.();
  const base = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const { summary, peak } = await stream(file);
  const streamMs = performance.now() - t0;
  if (summary.totals.cells.screened !== count) throw new Error('streamed summary lost records');
  const ms = median(times);
  console.log(
    `${String(count).padStart(7)} records: in memory ${ms.toFixed(0).padStart(5)} ms (${Math.round((count / ms) * 1000).toLocaleString('en-GB')} records/s, median of 5); ` +
      `streamed from ${(statSync(file).size / 1e6).toFixed(0)} MB NDJSON ${streamMs.toFixed(0)} ms (${Math.round((count / streamMs) * 1000).toLocaleString('en-GB')} records/s incl. parsing), ` +
      `peak live heap above the start while streaming ${((peak - base) / 1e6).toFixed(1)} MB`,
  );
}
rmSync(dir, { recursive: true, force: true });
