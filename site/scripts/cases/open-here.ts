/**
 * Opens a case for a flow page (`/screening/?case=<id>`): the practitioner unlocks the caseload in
 * this tab (or another open tab hands over its key), the key stays in this page's memory only, and
 * finished records and runs in progress are sealed into the case. It locks when idle or when any
 * tab locks the caseload; a record finished while locked waits in memory for the passphrase.
 * Nothing about the person is written anywhere else.
 */
import { CaseIdSchema, type Case, type CaseEntry } from '@attune/sdk/cases';
import { CasePanel, words, type PanelProps, type UnlockParams } from '../../flows/in-case/panel';
import { h, render } from '../../ui/h';
import { announce, listen } from './channel';
import { CASE_SAVED, setCaseHere, type CaseHere, type NewEntry } from './here';
import { askForKey, lendKey, unlockVault, type Vault } from './vault';

/** Today on this device, YYYY-MM-DD: the day an entry is given when it first goes into the case. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Shows the unlock form in `panel` and resolves with the case once the caseload is open and the
 * case found. `casesHref` is the /cases/ page.
 */
export async function openCaseHere(
  panel: HTMLElement,
  id: string,
  casesHref: string,
): Promise<CaseHere> {
  let vault: Vault | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const savedKeys = new Set<string>();
  const href = `${casesHref}?case=${encodeURIComponent(id)}`;
  let shown: PanelProps = { unlock: null, reference: null, href, saved: false, locked: null };
  const draw = (change: Partial<PanelProps>) => {
    shown = { ...shown, ...change };
    render(h(CasePanel, shown), panel);
  };

  const touch = () => {
    if (!vault) return;
    clearTimeout(idle);
    idle = setTimeout(() => lock(words('lockedIdle')), vault.idleMinutes * 60_000);
  };
  for (const type of ['keydown', 'pointerdown', 'input'])
    document.addEventListener(type, touch, { passive: true });

  function lock(note: string) {
    if (!vault) return;
    vault = null; // the key goes with it
    clearTimeout(idle);
    draw({ locked: note });
  }
  listen((m) => {
    if (m.type === 'locked') lock(words('lockedElsewhere'));
    if (m.type === 'deleted') lock(words('deletedElsewhere'));
    if (m.type === 'active') touch();
  });
  // Another page of the site opened in a case may borrow this page's key while it is unlocked.
  lendKey(() => vault);

  /** The open caseload: from another tab that has it open, or else from the passphrase. */
  async function unlock(first: boolean, missing = false): Promise<Vault> {
    const lent = missing ? null : await askForKey();
    if (lent) {
      draw({ unlock: null, locked: null });
      return lent;
    }
    return new Promise((resolve) => {
      const params: UnlockParams = {
        first,
        missing,
        casesHref,
        async tryPassphrase(passphrase) {
          const result = await unlockVault(passphrase);
          if (result === 'none') return words('noCaseload');
          if (result === 'wrong') return words('wrong');
          draw({ unlock: null, locked: null });
          resolve(result);
          return null;
        },
      };
      draw({ unlock: params });
    });
  }

  let found: Case | null = null;
  for (let missing = false; !found; missing = true) {
    vault = await unlock(true, missing);
    found = await vault.get(id);
    if (!found) vault = null;
  }
  touch();
  const opened = found;
  const drafts = await vault!.drafts(id);
  draw({ reference: opened.reference });

  // Which entry each record key became, so saving the same record again replaces it.
  const entryIds = new Map<string, string>();
  // Runs in progress waiting to be sealed (null: to be deleted); kept here while locked.
  const pending = new Map<string, unknown>();
  let queue: Promise<unknown> = Promise.resolve();
  const later = <T>(work: () => Promise<T>) => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };
  const flush = () =>
    later(async () => {
      for (const [name, value] of pending) {
        const v = vault;
        if (!v) return;
        pending.delete(name);
        if (value === null) await v.removeDraft(id, name);
        else await v.putDraft(id, name, value);
      }
    });
  const unlocked = async () => {
    vault ??= await unlock(false);
    touch();
    void flush();
    return vault;
  };

  async function save(key: string, entry: NewEntry, existing?: string) {
    const v = await unlocked();
    const current = await v.get(id);
    if (!current) throw new Error('The case is no longer on this device');
    const entryId = entryIds.get(key) ?? existing ?? CaseIdSchema.parse(crypto.randomUUID());
    entryIds.set(key, entryId);
    const before = current.entries.find((e) => e.id === entryId);
    const made = { ...entry, id: entryId, on: before?.on ?? today() } as CaseEntry;
    const next: Case = {
      ...current,
      updatedAt: new Date().toISOString(),
      entries: before
        ? current.entries.map((e) => (e.id === entryId ? made : e))
        : [...current.entries, made],
    };
    await v.put([next]);
    announce({ type: 'changed', ids: [id] });
    savedKeys.add(key);
    draw({ saved: true });
    document.dispatchEvent(new CustomEvent(CASE_SAVED, { detail: key }));
  }

  const handle: CaseHere = {
    id,
    reference: opened.reference,
    href,
    opened,
    saved: (key) => savedKeys.has(key),
    // Saves run one after another, so two quick changes never overwrite each other.
    add: (key, entry, existing) => later(() => save(key, entry, existing)),
    async read() {
      const c = await (await unlocked()).get(id);
      if (!c) throw new Error('The case is no longer on this device');
      return c;
    },
    draft: (name) => drafts.get(name) ?? null,
    keepDraft(name, value) {
      if (value === null) drafts.delete(name);
      pending.set(name, value);
      if (vault) void flush();
    },
  };
  setCaseHere(handle);
  return handle;
}
