import { describe, expect, it } from 'vitest';
import {
  caseBundle,
  CaseSchema,
  encryptCaseBundle,
  newCase,
  PBKDF2_ITERATIONS,
  readCaseBundle,
  timeline,
  type Case,
} from '@attune/sdk/cases';
import { sampleParts, yearCase } from '../fixtures/caseload';

// The lowest count a reader accepts, so the suite stays quick; the page uses PBKDF2_ITERATIONS.
const fast = { iterations: 100_000 };
const parts = sampleParts();
const caseload: Case[] = [yearCase(1, parts), yearCase(2, parts)];
const named = caseload.map((c, i) => ({ ...c, displayName: i ? 'Sam Example' : null }));

describe('a case', () => {
  it('holds a year of real records and checks against its schema', () => {
    for (const c of caseload) expect(CaseSchema.safeParse(c).success).toBe(true);
    // The machine took every fortnightly meeting of the year.
    const mentoring = caseload[0]!.entries.find((e) => e.kind === 'mentoring-plan');
    expect(mentoring?.kind === 'mentoring-plan' && mentoring.record.meetings.length).toBe(26);
    expect(timeline(caseload[0]!).map((e) => e.on)).toEqual(
      [...caseload[0]!.entries.map((e) => e.on)].sort(),
    );
  });

  it('needs a reference but never a name', () => {
    const c = newCase({ id: 'c1', reference: 'AB12', openedOn: '2026-11-28' });
    expect(c.displayName).toBeNull();
    expect(() => newCase({ id: 'c1', reference: '  ', openedOn: '2026-11-28' })).toThrow();
  });

  it('refuses duplicate entry ids, reviews of plans it does not hold, and impossible dates', () => {
    const c = caseload[0]!;
    const twice = { ...c, entries: [...c.entries, c.entries[0]!] };
    expect(CaseSchema.safeParse(twice).success).toBe(false);
    const stray = {
      ...c,
      entries: c.entries.map((e) => (e.kind === 'plan-review' ? { ...e, plan: 'nowhere' } : e)),
    };
    expect(CaseSchema.safeParse(stray).success).toBe(false);
    expect(CaseSchema.safeParse({ ...c, openedOn: '2026-02-30' }).success).toBe(false);
  });
});

describe('a case bundle', () => {
  it('round-trips plain, leaving display names on the device', async () => {
    const text = JSON.stringify(caseBundle(named, '2026-11-28T10:00:00Z'));
    expect(text).not.toContain('Sam Example');
    const read = await readCaseBundle(text);
    expect(read).toMatchObject({ ok: true, encrypted: false });
    expect(read.ok && read.cases).toEqual(caseload);
  });

  it('round-trips encrypted, with nothing readable in the file', async () => {
    const file = await encryptCaseBundle(caseBundle(named), 'correct horse battery', fast);
    const text = JSON.stringify(file);
    for (const secret of ['IOM-00001', 'Sam Example', 'Speech and language', 'ctx-feeling'])
      expect(text).not.toContain(secret);
    const read = await readCaseBundle(text, 'correct horse battery');
    expect(read.ok && read.cases).toEqual(caseload);
  });

  it('derives its key with PBKDF2-SHA-256 at the OWASP count by default', async () => {
    expect(PBKDF2_ITERATIONS).toBe(600_000);
    const file = await encryptCaseBundle(caseBundle([]), 'a passphrase');
    expect(file.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
  });

  it('says a wrong passphrase is wrong, and that an encrypted file needs one', async () => {
    const file = await encryptCaseBundle(caseBundle(caseload), 'correct horse battery', fast);
    const wrong = await readCaseBundle(file, 'correct horse batterz');
    expect(!wrong.ok && wrong.error.code).toBe('wrong-passphrase');
    const none = await readCaseBundle(file);
    expect(!none.ok && none.error.code).toBe('passphrase-needed');
  });

  it('finds a file cut short, at any point', async () => {
    const text = JSON.stringify(
      await encryptCaseBundle(caseBundle(caseload), 'correct horse battery', fast),
    );
    for (const at of [10, Math.floor(text.length / 2), text.length - 2]) {
      const read = await readCaseBundle(text.slice(0, at), 'correct horse battery');
      expect(!read.ok && read.error.code, `cut at ${at}`).toBe('truncated');
    }
    const plain = JSON.stringify(caseBundle(caseload));
    const cut = await readCaseBundle(plain.slice(0, plain.length / 2));
    expect(!cut.ok && cut.error.code).toBe('truncated');
  });

  it('fails authentication when the ciphertext, nonce or header is changed', async () => {
    const file = await encryptCaseBundle(caseBundle(caseload), 'correct horse battery', fast);
    const flip = (b64: string, at: number) =>
      b64.slice(0, at) + (b64[at] === 'A' ? 'B' : 'A') + b64.slice(at + 1);
    const forgeries = [
      { ...file, data: flip(file.data, 40) },
      { ...file, data: file.data.slice(0, -8) }, // a whole block shorter, still valid base64
      { ...file, cipher: { ...file.cipher, iv: flip(file.cipher.iv, 3) } },
    ];
    for (const forged of forgeries) {
      const read = await readCaseBundle(JSON.stringify(forged), 'correct horse battery');
      expect(!read.ok && read.error.code).toBe('tampered');
    }
    // A weaker key derivation is refused outright rather than tried.
    const weak = await readCaseBundle({ ...file, kdf: { ...file.kdf, iterations: 1 } }, 'x');
    expect(!weak.ok && weak.error.code).toBe('tampered');
  });

  it('names what is wrong in a plain bundle, and takes none of it', async () => {
    const bundle = caseBundle(caseload);
    const bad = { ...bundle, cases: [bundle.cases[0], { ...bundle.cases[1], reference: '' }] };
    const read = await readCaseBundle(bad);
    expect(!read.ok && read.error.code).toBe('invalid');
    expect(!read.ok && read.error.issues.join()).toMatch(/^cases\.1\.reference/);
    const twice = await readCaseBundle({ ...bundle, cases: [bundle.cases[0], bundle.cases[0]] });
    expect(!twice.ok && twice.error.code).toBe('invalid');
  });

  it('refuses other files and later formats with their own errors', async () => {
    for (const other of ['[]', '{"schemaVersion":1}', 'hello', JSON.stringify(parts.screening)]) {
      const read = await readCaseBundle(other);
      expect(!read.ok && read.error.code, other.slice(0, 20)).toBe('not-a-bundle');
    }
    const later = await readCaseBundle({ ...caseBundle(caseload), format: 2 });
    expect(!later.ok && later.error.code).toBe('unsupported-format');
  });
});
