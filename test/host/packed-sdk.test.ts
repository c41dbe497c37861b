import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

// The SDK as a host gets it: packed by npm, installed from the tarball into a project outside
// this repository (so nothing resolves to the workspace), and used from plain Node ESM scripts.
const repo = new URL('../../', import.meta.url);
const sdkDir = new URL('sdk/', repo);
const scripts = new URL('host-project/', import.meta.url);
const sdkPackage = JSON.parse(readFileSync(new URL('package.json', sdkDir), 'utf8')) as {
  exports: Record<string, string | Record<string, string>>;
};

let work = '';
let host = '';
let tarballFiles: string[] = [];
const validators: Record<string, ValidateFunction> = {};
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));

const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const run = (script: string, ...args: string[]) =>
  JSON.parse(execFileSync(process.execPath, [script, ...args], { cwd: host, encoding: 'utf8' }));
function valid(name: string, data: unknown) {
  const validate = validators[name]!;
  expect(validate(data), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
}

beforeAll(() => {
  if (!existsSync(new URL('dist/index.js', sdkDir)))
    throw new Error('The SDK is not built: run `npm run build:sdk` first.');
  work = realpathSync(mkdtempSync(join(tmpdir(), 'attune-host-')));
  const [packed] = JSON.parse(
    npm(['pack', '--json', '--pack-destination', work], sdkDir.pathname),
  ) as { filename: string; files: { path: string }[] }[];
  tarballFiles = packed!.files.map((f) => f.path);
  host = join(work, 'host');
  mkdirSync(host);
  writeFileSync(
    join(host, 'package.json'),
    JSON.stringify({ name: 'attune-host', private: true, type: 'module' }),
  );
  npm(
    ['install', join(work, packed!.filename), '--prefer-offline', '--no-audit', '--no-fund'],
    host,
  );
  for (const file of readdirSync(scripts)) cpSync(new URL(file, scripts), join(host, file));
  // The schemas come from the installed package, as a host would take them.
  for (const name of ['screening-record', 'saved-screening', 'questionnaire'])
    validators[name] = ajv.compile(run('schema.mjs', name));
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed SDK in a host project', () => {
  it('ships every exports target, its licence and README, and only built JavaScript, declarations and data', () => {
    const targets = Object.values(sdkPackage.exports).flatMap((t) =>
      typeof t === 'string' ? [t] : Object.values(t),
    );
    for (const target of targets)
      expect(tarballFiles, target).toContain(target.replace(/^\.\//, ''));
    const unwanted = tarballFiles.filter(
      (f) =>
        !['package.json', 'README.md', 'LICENSE'].includes(f) &&
        !/^dist\/.+(?:\.js|\.d\.ts|\.json)$/.test(f),
    );
    expect(unwanted).toEqual([]);
    // The licence named in package.json travels with the code, with a README that says what it is.
    expect(tarballFiles).toEqual(expect.arrayContaining(['README.md', 'LICENSE']));
    // The README lists the entry points; a new subpath must not go unmentioned there.
    const readme = readFileSync(new URL('README.md', sdkDir), 'utf8');
    for (const subpath of Object.keys(sdkPackage.exports).filter(
      (k) => k !== '.' && k !== './package.json',
    ))
      expect(readme, subpath).toContain(`@attune/sdk/${subpath.slice(2)}\``);
    expect(tarballFiles.filter((f) => /\.map$|\.test\.|(?<!\.d)\.ts$/.test(f))).toEqual([]);
  });

  it('installs with xstate and zod as its only dependencies, marked free of side effects', () => {
    const installed = JSON.parse(
      readFileSync(join(host, 'node_modules/@attune/sdk/package.json'), 'utf8'),
    );
    expect(Object.keys(installed.dependencies).sort()).toEqual(['xstate', 'zod']);
    expect(installed).toMatchObject({ type: 'module', sideEffects: false });
    expect(
      readdirSync(join(host, 'node_modules'))
        .filter((d) => !d.startsWith('.'))
        .sort(),
    ).toEqual(['@attune', 'xstate', 'zod']);
  });

  it('runs a screening without loading the other flows, the catalogue or the built-in questions', () => {
    const { resolved, sdkFiles, packages } = run('loaded.mjs', '@attune/sdk/screening');
    expect(resolved).toBe(
      pathToFileURL(join(host, 'node_modules/@attune/sdk/dist/screening/index.js')).href,
    );
    expect(sdkFiles.length).toBeGreaterThan(3);
    expect(
      sdkFiles.filter((f: string) => !/^dist\/(screening|questionnaire|common)\//.test(f)),
    ).toEqual([]);
    expect(packages).toEqual(['@attune/sdk', 'xstate', 'zod']);
  });

  it('runs the built-in needs screening to completion and gives a record that meets the published schema', () => {
    const { state, record } = run('complete.mjs');
    expect(state).toBe('complete');
    expect(record).toMatchObject({
      questionnaire: { id: 'attune-needs-screening' },
      reference: 'HOST-0001',
      startedAt: '2026-11-24T09:00:00Z',
      completedAt: '2026-11-24T09:25:00Z',
    });
    expect(record.profile.domains).toHaveLength(12);
    expect(
      new Set(record.profile.domains.map((d: { level: string }) => d.level)).size,
    ).toBeGreaterThan(1);
    expect(record.recommendedAdjustments.length).toBeGreaterThan(0);
    valid('screening-record', record);
    expect(
      validators['screening-record']!({ ...record, profile: { domains: [] }, name: 'A. Person' }),
    ).toBe(false);
  });

  it('saves a screening mid-way, restores it in a new process and ends with the same record as one sitting', () => {
    const file = join(work, 'saved.json');
    const saved = run('save.mjs', file, '10');
    expect(saved).toMatchObject({ state: 'answering', answered: 10 });
    valid('saved-screening', JSON.parse(readFileSync(file, 'utf8')));
    const resumed = run('resume.mjs', file);
    expect(resumed.resumedAt).toBe(saved.currentItemId);
    expect(resumed.state).toBe('complete');
    expect(resumed.record).toEqual(run('complete.mjs').record);
  });

  it('refuses a saved screening changed after saving with a typed error, not a crash', () => {
    const file = join(work, 'changed.json');
    run('save.mjs', file, '3');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    const [first] = Object.keys(data.run.answers);
    data.run.answers[first!] = null;
    writeFileSync(file, JSON.stringify(data));
    expect(run('resume.mjs', file).error).toMatchObject({
      name: 'ScreeningRestoreError',
      code: 'tampered',
    });
  });

  it('runs a host’s own questionnaire from JSON through the same machine, catalogue and schema', () => {
    const definition = JSON.parse(readFileSync(join(host, 'travel-check.json'), 'utf8'));
    valid('questionnaire', definition);
    const { state, record } = run('complete.mjs', 'travel-check.json');
    expect(state).toBe('complete');
    expect(record.questionnaire).toEqual({ id: 'host-travel-check', version: '1.0.0' });
    expect(record.profile.domains.map((d: { domain: string }) => d.domain)).toEqual([
      'travel-costs',
      'coordination-wayfinding',
      'memory-organisation',
    ]);
    // The follow-up is asked only when fares are a problem; here they are.
    expect(record.answers).toMatchObject({ fare: 'yes', 'fare-help': 'yes' });
    expect(record.communication).toEqual(['A letter']);
    expect(record.referrals.map((r: { id: string }) => r.id)).toEqual(['fare-support']);
    // Its domains share ids with the built-in screening, so the catalogue recommends for them too.
    expect(record.recommendedAdjustments).toContain('text-reminders');
    valid('screening-record', record);
  });

  it('names every fault in a host’s definition by its path', () => {
    const definition = JSON.parse(readFileSync(join(host, 'travel-check.json'), 'utf8'));
    definition.items[1].showIf = { item: 'reminder', equals: 'text' };
    definition.items[2].feeds = { journeys: 1 };
    writeFileSync(join(host, 'broken.json'), JSON.stringify(definition));
    const result = run('check-definition.mjs', 'broken.json');
    expect(result.ok).toBe(false);
    // Moving the item's weight to an unknown domain also leaves "Finding the way" with nothing to score it.
    expect(result.issues.map((i: { path: unknown[] }) => i.path)).toEqual([
      ['domains', 1],
      ['items', 1, 'showIf'],
      ['items', 2, 'feeds', 'journeys'],
    ]);
    expect(result.issues[1].message).toMatch(/"reminder".*not asked before/);
  });

  it('gives the same record schema the site publishes at /schemas/screening-record.json', () => {
    const published = JSON.parse(
      readFileSync(new URL('dist/schemas/screening-record.json', repo), 'utf8'),
    );
    // The site stamps its own address on $id; the package gives the same schema for that address.
    const base = String(published.$id).replace(/\/schemas\/screening-record\.json$/, '');
    expect(run('schema.mjs', 'screening-record', base)).toEqual(published);
  });
});
