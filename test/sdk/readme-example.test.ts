import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the README example', () => {
  it('runs a screening to completion from plain Node and prints a needs profile', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const code = readme.match(/```js\n([\s\S]*?)```/)![1]!;
    expect(code.split('\n').filter((l) => l.trim()).length).toBeLessThanOrEqual(14);
    const dir = new URL('../.tmp/', import.meta.url);
    mkdirSync(dir, { recursive: true });
    const file = new URL('readme-example.mjs', dir);
    writeFileSync(
      file,
      code.replace(
        'console.log(actor.getSnapshot().output.profile);',
        'console.log(JSON.stringify(actor.getSnapshot().output));',
      ),
    );
    const record = JSON.parse(
      execFileSync(process.execPath, [file.pathname], { encoding: 'utf8' }),
    );
    expect(record.questionnaire.id).toBe('attune-needs-screening');
    expect(record.profile.domains).toHaveLength(12);
    expect(record.completedAt).toMatch(/^\d{4}-/);
  });
});
