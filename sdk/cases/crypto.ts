import {
  fromBase64,
  fromUtf8,
  randomBytes,
  subtle,
  toBase64,
  utf8,
  type CryptoKeyLike,
} from './web-platform.js';

/**
 * PBKDF2-HMAC-SHA-256 iterations. OWASP's Password Storage Cheat Sheet (checked November 2026)
 * gives "a work factor of 600,000 or more" for PBKDF2 with HMAC-SHA-256:
 * https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#pbkdf2
 */
export const PBKDF2_ITERATIONS = 600_000;
/** Below this a stored or imported bundle is refused: it would make guessing passphrases cheap. */
export const MIN_PBKDF2_ITERATIONS = 100_000;
/** Above this a bundle is refused: a forged header must not hang the page for minutes. */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;

/** How a key was derived from a passphrase; stored beside what it encrypts (none of it is secret). */
export interface KeyDerivation {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  /** 16 random bytes, base64. */
  salt: string;
}

/**
 * What a passphrase gives: an AES-GCM key that cannot be exported, and a check value that says
 * whether the passphrase was right before anything is decrypted. Both come from one PBKDF2 run
 * through HKDF with different labels, so the check reveals nothing about the key and costs an
 * attacker a full PBKDF2 run per guess, as decrypting would.
 */
export interface PassphraseKeys {
  key: CryptoKeyLike;
  /** 16 bytes, base64. */
  check: string;
}

/** A fresh derivation with a random salt, at the current iteration count. */
export function newKeyDerivation(iterations = PBKDF2_ITERATIONS): KeyDerivation {
  return { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(randomBytes(16)) };
}

/** Derives the key and check value from a passphrase. Slow on purpose (about a third of a second). */
export async function deriveKeys(passphrase: string, kdf: KeyDerivation): Promise<PassphraseKeys> {
  const salt = fromBase64(kdf.salt);
  if (!salt) throw new TypeError('The key derivation salt is not base64');
  const s = subtle();
  const material = await s.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const master = await s.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: kdf.iterations },
    material,
    256,
  );
  const hkdf = await s.importKey('raw', new Uint8Array(master), 'HKDF', false, ['deriveBits']);
  const expand = (info: string, bits: number) =>
    s.deriveBits(
      { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8(info) },
      hkdf,
      bits,
    );
  const [keyBits, checkBits] = await Promise.all([
    expand('attune case key v1', 256),
    expand('attune case passphrase check v1', 128),
  ]);
  const key = await s.importKey('raw', new Uint8Array(keyBits), { name: 'AES-GCM' }, false, [
    'encrypt',
    'decrypt',
  ]);
  return { key, check: toBase64(new Uint8Array(checkBits)) };
}

/** Compares two check values without stopping at the first difference. */
export function sameCheck(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** A sealed value: AES-GCM ciphertext with its 16-byte tag, and the 12-byte nonce, both base64. */
export interface Sealed {
  iv: string;
  data: string;
}
/** A sealed value as bytes, for stores that keep binary (IndexedDB) and need no base64. */
export interface SealedBytes {
  iv: Uint8Array;
  data: Uint8Array;
}

/**
 * Encrypts a JSON value to bytes. `context` is bound as additional data, so a sealed value moved
 * to another place (another case id, another header) fails to open rather than being misread.
 */
export async function sealJsonBytes(
  key: CryptoKeyLike,
  value: unknown,
  context: string,
  iv: Uint8Array = randomBytes(12),
): Promise<SealedBytes> {
  const data = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: utf8(context) },
    key,
    utf8(JSON.stringify(value)),
  );
  return { iv, data: new Uint8Array(data) };
}

/** Decrypts what `sealJsonBytes` gave; not ok when the key, context or bytes are wrong (AES-GCM's tag fails). */
export async function openJsonBytes(
  key: CryptoKeyLike,
  sealed: SealedBytes,
  context: string,
): Promise<{ ok: true; value: unknown } | { ok: false }> {
  if (sealed.iv.length !== 12 || sealed.data.length < 16) return { ok: false };
  let plain: ArrayBuffer;
  try {
    plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: sealed.iv, additionalData: utf8(context) },
      key,
      sealed.data,
    );
  } catch {
    return { ok: false };
  }
  try {
    return { ok: true, value: JSON.parse(fromUtf8(new Uint8Array(plain))) };
  } catch {
    return { ok: false };
  }
}

/** `sealJsonBytes` with base64 text, for JSON files. */
export async function sealJson(
  key: CryptoKeyLike,
  value: unknown,
  context: string,
  iv: Uint8Array = randomBytes(12),
): Promise<Sealed> {
  const sealed = await sealJsonBytes(key, value, context, iv);
  return { iv: toBase64(sealed.iv), data: toBase64(sealed.data) };
}

/** `openJsonBytes` from base64 text; not ok when the text is not base64 too. */
export async function openJson(
  key: CryptoKeyLike,
  sealed: Sealed,
  context: string,
): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const iv = fromBase64(sealed.iv);
  const data = fromBase64(sealed.data);
  return iv && data ? openJsonBytes(key, { iv, data }, context) : { ok: false };
}
