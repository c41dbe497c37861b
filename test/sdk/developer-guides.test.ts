import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';

const dir = new URL('../../content/developers/', import.meta.url);
const tmp = new URL('../.tmp/guides/', import.meta.url);
mkdirSync(tmp, { recursive: true });

/** Every ```js block in a guide; blocks marked ```js fragment are excerpts, not programs. */
function programs(file: string): string[] {
  const text = readFileSync(new URL(file, dir), 'utf8');
  return [...text.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!);
}
/** Runs a guide's program with plain Node, as a reader who copied it would, and returns what it printed. */
function run(name: string, code: string): string {
  const file = new URL(name, tmp);
  writeFileSync(file, code);
  return execFileSync(process.execPath, [file.pathname], { encoding: 'utf8', timeout: 20_000 });
}

describe('code in the developer guides', () => {
  it('getting started: the Node example is fifteen lines after its imports and prints a level for every need area', () => {
    const [code] = programs('getting-started.mdx');
    const body = code!.replace(/^import [\s\S]*?;$/gm, '');
    expect(body.split('\n').filter((l) => l.trim()).length).toBeLessThanOrEqual(15);
    const out = run('getting-started.mjs', code!);
    for (const d of needsScreening.domains)
      expect(out).toMatch(new RegExp(`^${d.id}: (none|some|strong|unknown)$`, 'm'));
  });

  const guides = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
  it.each(guides)('%s: every complete program runs without error', (file) => {
    programs(file).forEach((code, i) => run(`${file}-${i}.mjs`, code));
  });

  it('prints what the guides say it prints', () => {
    const say = (file: string, i: number) =>
      run(`${file}-said-${i}.mjs`, programs(file)[i]!).trim();
    expect(say('authoring-a-questionnaire.mdx', 0)).toBe("strong [ 'A text message' ]");
    expect(say('authoring-a-questionnaire.mdx', 1)).toBe(
      'version: Use a semantic version such as 1.0.0',
    );
    expect(say('persistence.mdx', 0)).toBe(needsScreening.items[1]!.id);
    expect(say('versioning-and-migration.mdx', 0)).toBe('different-version');
    expect(say('follow-up.mdx', 0)).toBe('2027-06-01');
  });
});
