import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildApiReference } from '../../site/lib/api-reference';

describe('the generated API reference', () => {
  it(
    'documents every public export of every entry point in the package exports map',
    { timeout: 60_000 },
    async () => {
      const reference = await buildApiReference();
      // Lists each export that lacks a doc comment, so the failure says what to write.
      expect(reference.undocumented).toEqual([]);
      const pkg = JSON.parse(
        readFileSync(new URL('../../sdk/package.json', import.meta.url), 'utf8'),
      ) as { exports: Record<string, unknown> };
      const code = Object.keys(pkg.exports)
        .filter((k) => k !== './package.json')
        .map((k) => (k === '.' ? '@attune/sdk' : `@attune/sdk/${k.slice(2)}`));
      expect(reference.entries.map((e) => e.specifier).sort()).toEqual(code.sort());
      const screening = reference.entries.find((e) => e.specifier === '@attune/sdk/screening')!;
      const machine = screening.exports.find((x) => x.name === 'createScreeningMachine')!;
      expect(machine.kind).toBe('function');
      expect(machine.signatures[0]).toContain('createScreeningMachine(');
      expect(machine.examples[0]).toContain("type: 'CONSENT'");
    },
  );
});
