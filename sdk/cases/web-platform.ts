// The SDK compiles against ES2023 only (no DOM types), so the few Web Platform APIs the case
// bundle needs are typed here, narrowly. Browsers and Node 22+ provide all of them globally.

/** The parts of SubtleCrypto the case bundle uses. */
export interface Subtle {
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: string | { name: string },
    extractable: boolean,
    usages: string[],
  ): Promise<CryptoKeyLike>;
  deriveBits(
    algorithm:
      | { name: 'PBKDF2'; hash: string; salt: Uint8Array; iterations: number }
      | { name: 'HKDF'; hash: string; salt: Uint8Array; info: Uint8Array },
    baseKey: CryptoKeyLike,
    length: number,
  ): Promise<ArrayBuffer>;
  encrypt(
    algorithm: { name: 'AES-GCM'; iv: Uint8Array; additionalData?: Uint8Array },
    key: CryptoKeyLike,
    data: Uint8Array,
  ): Promise<ArrayBuffer>;
  decrypt(
    algorithm: { name: 'AES-GCM'; iv: Uint8Array; additionalData?: Uint8Array },
    key: CryptoKeyLike,
    data: Uint8Array,
  ): Promise<ArrayBuffer>;
}

/** A WebCrypto `CryptoKey`, opaque to the SDK: it is only ever handed back to `crypto.subtle`. */
export interface CryptoKeyLike {
  readonly type: string;
  readonly extractable: boolean;
}

interface Platform {
  crypto: { subtle: Subtle; getRandomValues<T extends Uint8Array>(array: T): T };
  TextEncoder: new () => { encode(text: string): Uint8Array };
  TextDecoder: new (
    label?: string,
    options?: { fatal?: boolean },
  ) => {
    decode(bytes: Uint8Array): string;
  };
}

const platform = globalThis as unknown as Platform;

/** WebCrypto's subtle interface; present in every browser (secure contexts) and in Node 22+. */
export const subtle = (): Subtle => platform.crypto.subtle;

/** Cryptographically random bytes. */
export const randomBytes = (length: number): Uint8Array =>
  platform.crypto.getRandomValues(new Uint8Array(length));

export const utf8 = (text: string): Uint8Array => new platform.TextEncoder().encode(text);
export const fromUtf8 = (bytes: Uint8Array): string =>
  new platform.TextDecoder('utf-8', { fatal: true }).decode(bytes);

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 with padding, written out so no host needs `btoa` or `Buffer`. */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += b === undefined ? '=' : ALPHABET[(n >> 6) & 63]!;
    out += c === undefined ? '=' : ALPHABET[n & 63]!;
  }
  return out;
}

const DECODE = /* @__PURE__ */ (() => {
  const table = new Uint8Array(128);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/** The bytes of standard base64, or null when the text is not base64 (so a damaged file is named, not thrown). */
export function fromBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n =
      (DECODE[text.charCodeAt(i)]! << 18) |
      (DECODE[text.charCodeAt(i + 1)]! << 12) |
      (DECODE[text.charCodeAt(i + 2)]! << 6) |
      DECODE[text.charCodeAt(i + 3)]!;
    out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
