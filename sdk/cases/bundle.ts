import * as z from 'zod/mini';
import { IsoTimeOrNullSchema } from '../common/iso-time.js';
import { CaseSchema, type Case } from './case.js';
import {
  deriveKeys,
  MAX_PBKDF2_ITERATIONS,
  MIN_PBKDF2_ITERATIONS,
  newKeyDerivation,
  openJson,
  sameCheck,
  sealJson,
  type KeyDerivation,
} from './crypto.js';
import { randomBytes, toBase64 } from './web-platform.js';

/** The case bundle format version. It changes only when the file's shape does; readers refuse others. */
export const CASE_BUNDLE_FORMAT = 1 as const;

/** Many cases in one file, readable by anyone who has it. */
export const CaseBundleSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('attune.case-bundle'),
  format: z.literal(CASE_BUNDLE_FORMAT),
  exportedAt: IsoTimeOrNullSchema,
  cases: z.array(CaseSchema),
});
/** A plain case bundle. */
export type CaseBundle = z.output<typeof CaseBundleSchema>;

const base64 = (bytes: number) =>
  z.string().check(z.length(Math.ceil(bytes / 3) * 4), z.regex(/^[A-Za-z0-9+/]+=*$/));

/**
 * A case bundle encrypted with a passphrase: the plain bundle's JSON, sealed with AES-GCM under a
 * key derived by PBKDF2-HMAC-SHA-256. Everything but `data` is the header, bound to the
 * ciphertext as additional data, so a changed header fails like a changed ciphertext.
 */
export const EncryptedCaseBundleSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('attune.case-bundle.encrypted'),
  format: z.literal(CASE_BUNDLE_FORMAT),
  kdf: z.strictObject({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z
      .number()
      .check(z.int(), z.gte(MIN_PBKDF2_ITERATIONS), z.lte(MAX_PBKDF2_ITERATIONS)),
    salt: base64(16),
  }),
  /** Says whether a passphrase is right before decrypting; see `deriveKeys`. */
  check: base64(16),
  cipher: z.strictObject({ name: z.literal('AES-GCM'), iv: base64(12) }),
  /** Ciphertext and its 16-byte authentication tag, base64. */
  data: z.string().check(z.regex(/^[A-Za-z0-9+/]*=*$/)),
});
/** An encrypted case bundle. */
export type EncryptedCaseBundle = z.output<typeof EncryptedCaseBundleSchema>;

/** Why a bundle could not be read. Each has a plain-English message a page can show as it is. */
export type CaseBundleErrorCode =
  | 'not-a-bundle'
  | 'truncated'
  | 'unsupported-format'
  | 'passphrase-needed'
  | 'wrong-passphrase'
  | 'tampered'
  | 'invalid';

/** A bundle that cannot be read; nothing was changed because of it. */
export class CaseBundleError extends Error {
  readonly code: CaseBundleErrorCode;
  /** For `invalid`: where each fault is, as `cases.3.entries.0.on: …`. */
  readonly issues: string[];
  constructor(code: CaseBundleErrorCode, message: string, issues: string[] = []) {
    super(message);
    this.name = 'CaseBundleError';
    this.code = code;
    this.issues = issues;
  }
}

/** What reading a bundle gives: its cases, or the reason it could not be read. Never throws. */
export type ReadBundleResult =
  { ok: true; cases: Case[]; encrypted: boolean } | { ok: false; error: CaseBundleError };

const headerOf = ({ data: _data, ...header }: EncryptedCaseBundle) =>
  // Fixed key order, so the additional data is the same bytes whoever wrote the file.
  JSON.stringify({
    kind: header.kind,
    format: header.format,
    kdf: {
      name: header.kdf.name,
      hash: header.kdf.hash,
      iterations: header.kdf.iterations,
      salt: header.kdf.salt,
    },
    check: header.check,
    cipher: { name: header.cipher.name, iv: header.cipher.iv },
  });

/**
 * A plain bundle of cases. Display names stay on the device they were typed on, so they are
 * left out: a bundle names people only by the practitioner's reference.
 */
export function caseBundle(cases: readonly Case[], exportedAt: string | null = null): CaseBundle {
  return CaseBundleSchema.parse({
    kind: 'attune.case-bundle',
    format: CASE_BUNDLE_FORMAT,
    exportedAt,
    cases: cases.map((c) => ({ ...c, displayName: null })),
  });
}

/** A bundle encrypted with a passphrase. `iterations` is for tests; leave it to the default. */
export async function encryptCaseBundle(
  bundle: CaseBundle,
  passphrase: string,
  options: { iterations?: number } = {},
): Promise<EncryptedCaseBundle> {
  const kdf = newKeyDerivation(options.iterations);
  const { key, check } = await deriveKeys(passphrase, kdf);
  // The nonce is part of the header the ciphertext is bound to, so it is chosen first.
  const iv = randomBytes(12);
  const header = {
    kind: 'attune.case-bundle.encrypted' as const,
    format: CASE_BUNDLE_FORMAT,
    kdf,
    check,
    cipher: { name: 'AES-GCM' as const, iv: toBase64(iv) },
  };
  const sealed = await sealJson(key, bundle, headerOf({ ...header, data: '' }), iv);
  return { ...header, data: sealed.data };
}

const fail = (code: CaseBundleErrorCode, message: string, issues?: string[]): ReadBundleResult => ({
  ok: false,
  error: new CaseBundleError(code, message, issues),
});

const issuesOf = (error: z.core.$ZodError) =>
  error.issues.slice(0, 20).map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);

function readPlain(data: unknown, encrypted: boolean): ReadBundleResult {
  const parsed = CaseBundleSchema.safeParse(data);
  if (!parsed.success)
    return fail(
      'invalid',
      'The file is a case bundle, but some of what it holds is not right, so none of it was imported.',
      issuesOf(parsed.error),
    );
  const ids = parsed.data.cases.map((c) => c.id);
  if (new Set(ids).size !== ids.length)
    return fail('invalid', 'The bundle holds the same case twice, so none of it was imported.');
  return { ok: true, cases: parsed.data.cases, encrypted };
}

/**
 * Reads a case bundle, plain or encrypted, from its JSON text or parsed value, and checks every
 * case in it. A wrong passphrase, a file cut short and a file changed since it was written each
 * give their own typed error; AES-GCM's authentication tag is what catches a changed file.
 *
 * @example
 * ```ts
 * const result = await readCaseBundle(await file.text(), passphrase);
 * if (!result.ok) show(result.error.message); // result.error.code: 'wrong-passphrase', 'tampered', …
 * ```
 */
export async function readCaseBundle(
  input: unknown,
  passphrase?: string | null,
): Promise<ReadBundleResult> {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      // A bundle is one JSON object; text that opens like one but does not parse was cut short.
      return input.trimStart().startsWith('{')
        ? fail(
            'truncated',
            'The file is cut short or damaged. Export it again from where it came from.',
          )
        : fail('not-a-bundle', 'This file is not an Attune case bundle.');
    }
  }
  const kind = z.looseObject({ kind: z.string(), format: z.unknown() }).safeParse(data);
  if (!kind.success || !kind.data.kind.startsWith('attune.case-bundle'))
    return fail('not-a-bundle', 'This file is not an Attune case bundle.');
  if (kind.data.format !== CASE_BUNDLE_FORMAT)
    return fail(
      'unsupported-format',
      `This case bundle is in format ${String(kind.data.format)}, which this version of Attune cannot read.`,
    );
  if (kind.data.kind === 'attune.case-bundle') return readPlain(data, false);
  const parsed = EncryptedCaseBundleSchema.safeParse(data);
  if (!parsed.success) {
    const shortData = parsed.error.issues.some((i) => i.path[0] === 'data');
    return shortData
      ? fail(
          'truncated',
          'The file is cut short or damaged. Export it again from where it came from.',
        )
      : fail(
          'tampered',
          'The file has been changed since it was exported, so it cannot be trusted.',
        );
  }
  if (!passphrase)
    return fail('passphrase-needed', 'This case bundle is encrypted. Enter its passphrase.');
  const bundle = parsed.data;
  const { key, check } = await deriveKeys(passphrase, bundle.kdf as KeyDerivation);
  if (!sameCheck(check, bundle.check))
    return fail(
      'wrong-passphrase',
      'That passphrase does not open this file. Check it and try again; nothing has been changed.',
    );
  if (bundle.data.length < 24)
    return fail(
      'truncated',
      'The file is cut short or damaged. Export it again from where it came from.',
    );
  const opened = await openJson(key, { iv: bundle.cipher.iv, data: bundle.data }, headerOf(bundle));
  if (!opened.ok)
    return fail(
      'tampered',
      'The file has been changed or damaged since it was exported, so it cannot be trusted. Nothing has been imported.',
    );
  return readPlain(opened.value, true);
}
