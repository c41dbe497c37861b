/**
 * The caseload on this device, in IndexedDB, every case sealed with AES-GCM under a key derived
 * from the practitioner's passphrase. The key is a non-extractable CryptoKey held only in this
 * page's memory; IndexedDB holds the salt, the passphrase check and ciphertext, nothing readable.
 */
import {
  CaseSchema,
  deriveKeys,
  newKeyDerivation,
  openJsonBytes,
  sameCheck,
  sealJsonBytes,
  type Case,
  type CryptoKeyLike,
  type KeyDerivation,
  type SealedBytes,
} from '@attune/sdk/cases';

export const DB_NAME = 'attune-cases';
const META = 'meta';
const CASES = 'cases';

/** What IndexedDB keeps about the vault itself: how to derive the key and check the passphrase. */
interface VaultMeta {
  format: 1;
  kdf: KeyDerivation;
  check: string;
  /** Minutes without use before the caseload locks. Not about any person. */
  idleMinutes: number;
}
interface StoredCase extends SealedBytes {
  id: string;
}

export const IDLE_CHOICES = [5, 10, 15, 30] as const;
const DEFAULT_IDLE = 10;

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error);
  });

let connection: Promise<IDBDatabase> | null = null;
function db(): Promise<IDBDatabase> {
  connection ??= new Promise((resolve, reject) => {
    const open = indexedDB.open(DB_NAME, 1);
    open.onupgradeneeded = () => {
      open.result.createObjectStore(META);
      open.result.createObjectStore(CASES, { keyPath: 'id' });
    };
    open.onsuccess = () => {
      // Another tab deleting the caseload must not wait on this one: let go at once.
      open.result.onversionchange = () => {
        open.result.close();
        connection = null;
      };
      resolve(open.result);
    };
    open.onerror = () => reject(open.error);
  });
  return connection;
}

async function meta(): Promise<VaultMeta | undefined> {
  const tx = (await db()).transaction(META, 'readonly');
  return request(tx.objectStore(META).get('vault') as IDBRequest<VaultMeta | undefined>);
}

/** True when this device holds a caseload (locked or not). */
export async function hasVault(): Promise<boolean> {
  return (await meta()) !== undefined;
}

const context = (id: string) => `attune case ${id}`;

/** An unlocked caseload. Dropping the object (on lock) drops the key with it. */
export class Vault {
  constructor(
    private readonly key: CryptoKeyLike,
    public idleMinutes: number,
  ) {}

  /** Every case, decrypted. A case that fails to open is counted, never shown half-read. */
  async list(): Promise<{ cases: Case[]; unreadable: number }> {
    const tx = (await db()).transaction(CASES, 'readonly');
    const stored = await request(tx.objectStore(CASES).getAll() as IDBRequest<StoredCase[]>);
    return this.openAll(stored);
  }

  async get(id: string): Promise<Case | null> {
    const tx = (await db()).transaction(CASES, 'readonly');
    const stored = await request(tx.objectStore(CASES).get(id) as IDBRequest<StoredCase>);
    if (!stored) return null;
    return (await this.openAll([stored])).cases[0] ?? null;
  }

  private async openAll(stored: StoredCase[]) {
    const opened = await Promise.all(
      stored.map(async (s) => {
        const r = await openJsonBytes(this.key, s, context(s.id));
        // Every case was checked against CaseSchema before it was sealed, and AES-GCM proves
        // it has not changed since, under this key and this id. Checking it again on every
        // unlock would cost seconds for a large caseload and catch nothing.
        const c = r.ok ? (r.value as Case | null) : null;
        return c?.kind === 'attune.case' && c.id === s.id ? c : null;
      }),
    );
    const cases = opened.filter((c) => c !== null);
    return { cases, unreadable: opened.length - cases.length };
  }

  /** Seals and stores cases in one transaction: all of them are saved, or none. */
  async put(cases: Case[]): Promise<void> {
    const sealed = await Promise.all(
      cases.map(async (c) => ({
        id: c.id,
        ...(await sealJsonBytes(this.key, CaseSchema.parse(c), context(c.id))),
      })),
    );
    const tx = (await db()).transaction(CASES, 'readwrite');
    for (const s of sealed) tx.objectStore(CASES).put(s);
    await done(tx);
  }

  async remove(id: string): Promise<void> {
    const tx = (await db()).transaction(CASES, 'readwrite');
    tx.objectStore(CASES).delete(id);
    await done(tx);
  }

  async setIdleMinutes(minutes: number): Promise<void> {
    const tx = (await db()).transaction(META, 'readwrite');
    const store = tx.objectStore(META);
    const current = await request(store.get('vault') as IDBRequest<VaultMeta>);
    store.put({ ...current, idleMinutes: minutes }, 'vault');
    await done(tx);
    this.idleMinutes = minutes;
  }
}

/** Sets up an empty caseload protected by a new passphrase. */
export async function createVault(passphrase: string): Promise<Vault> {
  const kdf = newKeyDerivation();
  const { key, check } = await deriveKeys(passphrase, kdf);
  const tx = (await db()).transaction(META, 'readwrite');
  tx.objectStore(META).put(
    { format: 1, kdf, check, idleMinutes: DEFAULT_IDLE } satisfies VaultMeta,
    'vault',
  );
  await done(tx);
  return new Vault(key, DEFAULT_IDLE);
}

/** Opens the caseload, or says the passphrase is wrong. Nothing is written either way. */
export async function unlockVault(passphrase: string): Promise<Vault | 'wrong' | 'none'> {
  const m = await meta();
  if (!m) return 'none';
  const { key, check } = await deriveKeys(passphrase, m.kdf);
  return sameCheck(check, m.check) ? new Vault(key, m.idleMinutes) : 'wrong';
}

/** Deletes the whole caseload database from this device. */
export async function deleteVault(): Promise<void> {
  const open = connection;
  connection = null;
  if (open) (await open).close();
  await new Promise<void>((resolve, reject) => {
    const r = indexedDB.deleteDatabase(DB_NAME);
    r.onsuccess = () => resolve();
    r.onerror = () => reject(r.error);
    // Another tab still holding it open: it closes on versionchange, and the delete then goes on.
    r.onblocked = () => undefined;
  });
}
