// node test/bench/build-baseline.mjs [git-ref] — builds the SDK as it was at a commit (main by
// default) into a temporary folder and prints its dist path, for the benchmarks' "before" column:
//   ATTUNE_BEFORE=$(node test/bench/build-baseline.mjs main) npm run bench
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ref = process.argv[2] ?? 'main';
const dir = mkdtempSync(join(tmpdir(), 'attune-baseline-'));
const archive = execFileSync('git', ['-C', root, 'archive', ref, 'sdk'], {
  maxBuffer: 1 << 28,
});
execFileSync('tar', ['-x', '-C', dir], { input: archive });
// The old build resolves xstate and zod from this checkout's node_modules.
symlinkSync(join(root, 'node_modules'), join(dir, 'sdk', 'node_modules'));
execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(dir, 'sdk', 'tsconfig.json')], {
  stdio: 'inherit',
});
console.log(join(dir, 'sdk', 'dist') + '/');
