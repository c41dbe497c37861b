// Benchmarks time with the CPU time this process uses, not the wall clock: the machines these
// run on are shared, and another process's work would otherwise count against the code measured.
// CPU time includes the garbage collector's and compiler's threads, so nothing is left out.

/** Milliseconds of CPU time used by this process so far. */
export function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs per CPU-second of `fn`, run repeatedly for about `ms` of CPU time. */
export function perCpuSecond(fn, ms = 1000) {
  const start = cpuMs();
  let runs = 0;
  while (cpuMs() - start < ms) {
    fn();
    runs++;
  }
  return (runs * 1000) / (cpuMs() - start);
}

/** CPU milliseconds per run: the median over at least `minRuns` runs and about `budget` ms. */
export function cpuMsPerRun(fn, { minRuns = 5, budget = 1500 } = {}) {
  const times = [];
  const start = cpuMs();
  while (times.length < minRuns || cpuMs() - start < budget) {
    const t = cpuMs();
    fn();
    times.push(cpuMs() - t);
  }
  return median(times);
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
