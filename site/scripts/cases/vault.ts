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
  summariseCase,
  type Case,
  type CaseSummary,
  type CryptoKeyLike,
  type KeyDerivation,
  type SealedBytes,
} from '@attune/sdk/cases';
import { announce, listen } from './channel';

export const DB_NAME = 'attune-cases';
const META = 'meta';
const CASES = 'cases';
/** Each case's summary, sealed apart, so the list opens 500 small records rather than 500 large. */
const SUMMARIES = 'summaries';
/**
 * Runs in progress inside a case (a screening half done), sealed like the cases, so a reload
 * loses nothing and nothing about the run is ever kept in plain. Keyed `<case id>/<flow>`.
 */
const DRAFTS = 'drafts';

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
    // Version 2 added the drafts store; a version 1 caseload gains it and keeps everything else.
    const open = indexedDB.open(DB_NAME, 2);
    open.onupgradeneeded = (e) => {
      if (e.oldVersion < 1) {
        open.result.createObjectStore(META);
        open.result.createObjectStore(CASES, { keyPath: 'id' });
        open.result.createObjectStore(SUMMARIES, { keyPath: 'id' });
      }
      if (e.oldVersion < 2) open.result.createObjectStore(DRAFTS, { keyPath: 'id' });
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
const summaryContext = (id: string) => `attune case summary ${id}`;
const draftContext = (id: string) => `attune case draft ${id}`;
const draftId = (caseId: string, name: string) => `${caseId}/${name}`;
/** Every draft of one case: ids from `<case id>/` up to the last character after it. */
const draftsOf = (caseId: string) => IDBKeyRange.bound(`${caseId}/`, `${caseId}/\uffff`);

/** An unlocked caseload. Dropping the object (on lock) drops the key with it. */
export class Vault {
  constructor(
    private readonly key: CryptoKeyLike,
    public idleMinutes: number,
  ) {}

  /** Every case's summary, for the list. A summary that fails to open is counted, never shown half-read. */
  async summaries(): Promise<{ summaries: CaseSummary[]; unreadable: number }> {
    const opened = await this.openAll<CaseSummary>(SUMMARIES, summaryContext);
    return { summaries: opened.values, unreadable: opened.unreadable };
  }

  /** Every case in full, for export and merging. */
  async all(): Promise<{ cases: Case[]; unreadable: number }> {
    const opened = await this.openAll<Case>(CASES, context);
    return { cases: opened.values, unreadable: opened.unreadable };
  }

  async get(id: string): Promise<Case | null> {
    return this.getOne<Case>(CASES, context, id);
  }

  async getSummary(id: string): Promise<CaseSummary | null> {
    return this.getOne<CaseSummary>(SUMMARIES, summaryContext, id);
  }

  private async getOne<T>(store: string, ctx: (id: string) => string, id: string) {
    const tx = (await db()).transaction(store, 'readonly');
    const stored = await request(tx.objectStore(store).get(id) as IDBRequest<StoredCase>);
    return stored ? this.open<T>(stored, ctx) : null;
  }

  private async openAll<T>(store: string, ctx: (id: string) => string) {
    const tx = (await db()).transaction(store, 'readonly');
    const stored = await request(tx.objectStore(store).getAll() as IDBRequest<StoredCase[]>);
    const opened = await Promise.all(stored.map((s) => this.open<T>(s, ctx)));
    const values = opened.filter((c) => c !== null);
    return { values, unreadable: opened.length - values.length };
  }

  private async open<T>(s: StoredCase, ctx: (id: string) => string): Promise<T | null> {
    const r = await openJsonBytes(this.key, s, ctx(s.id));
    // Every case was checked against CaseSchema before it was sealed, and AES-GCM proves
    // it has not changed since, under this key and this id. Checking it again on every
    // unlock would cost seconds for a large caseload and catch nothing.
    const value = r.ok ? (r.value as { id?: unknown } | null) : null;
    return value?.id === s.id ? (value as T) : null;
  }

  /** Seals and stores cases in one transaction: all of them are saved, or none. */
  async put(cases: Case[]): Promise<void> {
    const sealed = await Promise.all(
      cases.map(async (c) => {
        const checked = CaseSchema.parse(c);
        return [
          { id: c.id, ...(await sealJsonBytes(this.key, checked, context(c.id))) },
          {
            id: c.id,
            ...(await sealJsonBytes(this.key, summariseCase(checked), summaryContext(c.id))),
          },
        ] as const;
      }),
    );
    const tx = (await db()).transaction([CASES, SUMMARIES], 'readwrite');
    for (const [full, summary] of sealed) {
      tx.objectStore(CASES).put(full);
      tx.objectStore(SUMMARIES).put(summary);
    }
    await done(tx);
  }

  /** Deletes a case with any run in progress inside it. */
  async remove(id: string): Promise<void> {
    const tx = (await db()).transaction([CASES, SUMMARIES, DRAFTS], 'readwrite');
    tx.objectStore(CASES).delete(id);
    tx.objectStore(SUMMARIES).delete(id);
    tx.objectStore(DRAFTS).delete(draftsOf(id));
    await done(tx);
  }

  /** The runs in progress inside a case, by flow name; one that fails to open is left out. */
  async drafts(caseId: string): Promise<Map<string, unknown>> {
    const tx = (await db()).transaction(DRAFTS, 'readonly');
    const stored = await request(
      tx.objectStore(DRAFTS).getAll(draftsOf(caseId)) as IDBRequest<StoredCase[]>,
    );
    const found = new Map<string, unknown>();
    for (const s of stored) {
      const r = await openJsonBytes(this.key, s, draftContext(s.id));
      if (r.ok) found.set(s.id.slice(caseId.length + 1), r.value);
    }
    return found;
  }

  /** Seals a run in progress into the case, replacing the one kept before. */
  async putDraft(caseId: string, name: string, value: unknown): Promise<void> {
    const id = draftId(caseId, name);
    const sealed = { id, ...(await sealJsonBytes(this.key, value, draftContext(id))) };
    const tx = (await db()).transaction(DRAFTS, 'readwrite');
    tx.objectStore(DRAFTS).put(sealed);
    await done(tx);
  }

  async removeDraft(caseId: string, name: string): Promise<void> {
    const tx = (await db()).transaction(DRAFTS, 'readwrite');
    tx.objectStore(DRAFTS).delete(draftId(caseId, name));
    await done(tx);
  }

  /** Answers one page's request for the key (see `lendKey`). */
  lendTo(asker: string): void {
    announce({ type: 'key', asker, key: this.key as CryptoKey, idleMinutes: this.idleMinutes });
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

/**
 * Lends the key of the caseload `current()` has open to any page of the site that asks for it
 * (`askForKey`), as the in-memory CryptoKey: never its bits, never written anywhere. A locked tab
 * (null) lends nothing, and a lock in any tab locks every tab it was lent to.
 */
export function lendKey(current: () => Vault | null): void {
  listen((m) => {
    const v = m.type === 'key-wanted' ? current() : null;
    if (v) v.lendTo(m.type === 'key-wanted' ? m.asker : '');
  });
}

/** How long to wait for an unlocked tab to answer before asking for the passphrase. */
const ASK_MS = 300;

/**
 * The open caseload from another tab that has it unlocked, or null when none answers in time.
 * The caller must prove the key on a record before writing with it (see open-here.ts).
 */
export function askForKey(): Promise<Vault | null> {
  if (typeof BroadcastChannel !== 'function') return Promise.resolve(null);
  const asker = crypto.randomUUID();
  return new Promise((resolve) => {
    const stop = listen((m) => {
      if (m.type !== 'key' || m.asker !== asker) return;
      clearTimeout(wait);
      stop();
      resolve(new Vault(m.key, m.idleMinutes));
    });
    const wait = setTimeout(() => {
      stop();
      resolve(null);
    }, ASK_MS);
    announce({ type: 'key-wanted', asker });
  });
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
