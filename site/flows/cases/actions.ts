import {
  caseBundle,
  caseloadDue,
  DUE_KINDS,
  encryptCaseBundle,
  mergeCaseloads,
  newCase,
  readCaseBundle,
  resolveConflict,
  type Case,
  type CaseConflict,
  type CaseEntry,
  type CaseSummary,
} from '@attune/sdk/cases';
import { announce as tellOtherTabs, listen } from '../../scripts/cases/channel';
import {
  createVault,
  deleteVault,
  hasVault,
  lendKey,
  unlockVault,
  type Vault,
} from '../../scripts/cases/vault';
import { downloadText } from '../../ui/download';
import { t } from '../../ui/messages';
import { announce, type FlowError } from '../../ui/runner';
import { today } from '../../ui/days';
import type { CasesEvent, CasesState, Filter } from './state';

export const MIN_PASSPHRASE = 10;
const now = () => new Date().toISOString();
const problem = (field: string, message: string): FlowError => ({ code: field, message, field });

/** What the list shows for a filter: who matches, who has something due, and counts by kind. */
export function listing(summaries: CaseSummary[], filter: Filter, day = today()) {
  const due = caseloadDue(summaries, { today: day });
  const byCase = Map.groupBy(due, (d) => d.caseId);
  const shown = summaries.filter((c) =>
    filter === 'all'
      ? true
      : filter === 'any'
        ? byCase.has(c.id)
        : (byCase.get(c.id) ?? []).some((d) => d.kind === filter),
  );
  const counts = DUE_KINDS.map(
    (k) => [k, new Set(due.filter((d) => d.kind === k).map((d) => d.caseId)).size] as const,
  ).filter(([, n]) => n);
  const people =
    summaries.length === 1
      ? t('cases.list.person')
      : t('cases.list.persons', { n: summaries.length });
  const sentence = t('cases.list.people', { people, due: byCase.size, shown: shown.length });
  return { byCase, shown, counts, sentence };
}

/** Moves focus after the page has drawn, for an action whose own control has gone. */
export function focusLater(selector: string): void {
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>(selector);
    if (!el) return;
    if (!el.hasAttribute('tabindex') && !el.matches('a, button, input, select, textarea'))
      el.setAttribute('tabindex', '-1');
    el.focus();
  });
}

export type Actions = ReturnType<typeof createActions>;

/**
 * Everything the caseload page does that is more than drawing: the vault (its key lives only
 * here, and goes on lock), the idle clock, the other tabs, and the checks on what was typed.
 * Each action tells the page what happened through `dispatch`; an action that is refused sends
 * its errors, every one at once, and returns false so its form keeps what was typed.
 */
export function createActions(get: () => CasesState, dispatch: (event: CasesEvent) => void) {
  let vault: Vault | null = null;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let sharedAt = 0;
  const refuse = (errors: FlowError[]) => {
    dispatch({ type: 'ERRORS', errors });
    return false;
  };

  /** Restarts the idle clock; work in any tab counts, so a tab left open does not lock the one in use. */
  function touch(fromOtherTab = false) {
    if (!vault) return;
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => lock('idle'), vault.idleMinutes * 60_000);
    if (!fromOtherTab && Date.now() - sharedAt > 15_000) {
      sharedAt = Date.now();
      tellOtherTabs({ type: 'active' });
    }
  }

  function forget() {
    vault = null; // the key goes with it
    clearTimeout(idleTimer);
  }

  function lock(why: 'request' | 'idle' | 'other-tab') {
    if (!vault) return;
    forget();
    if (why !== 'other-tab') tellOtherTabs({ type: 'locked' });
    const note = { idle: 'idle', 'other-tab': 'otherTab', request: 'request' } as const;
    dispatch({ type: 'LOCKED', note: t(`cases.locked.${note[why]}`) });
  }

  /**
   * Saves cases sealed, updates this tab and tells the others. A save that fails (the device
   * out of space, storage cleared) says so: all of it or none is stored, so nothing has changed.
   */
  async function save(changed: Case[]): Promise<boolean> {
    if (!vault) return false;
    if (!changed.length) return true;
    try {
      await vault.put(changed);
    } catch {
      return refuse([{ code: 'not-saved', message: t('cases.errors.notSaved') }]);
    }
    dispatch({ type: 'SAVED', cases: changed });
    tellOtherTabs({ type: 'changed', ids: changed.map((c) => c.id) });
    return true;
  }

  async function openCase(id: string) {
    const c = (await vault?.get(id)) ?? null;
    if (c) dispatch({ type: 'OPENED', case: c });
    else dispatch({ type: 'LIST', note: t('cases.errors.gone') });
  }

  async function deleteAll() {
    forget();
    await deleteVault();
    tellOtherTabs({ type: 'deleted' });
    dispatch({ type: 'SET_UP', note: t('cases.locked.deleted') });
  }

  /** Another tab's change, lock or delete, applied here. */
  async function heard(message: Parameters<Parameters<typeof listen>[0]>[0]) {
    if (message.type === 'active') return touch(true);
    if (message.type === 'locked') return lock('other-tab');
    if (message.type === 'deleted') {
      forget();
      return dispatch({ type: 'SET_UP', note: t('cases.locked.deletedElsewhere') });
    }
    if (!vault) {
      // A caseload set up in another tab while this one offered to set one up: unlock it here.
      if (message.type === 'changed' && get().screen === 'setup')
        dispatch({ type: 'LOCKED', note: t('cases.unlock.setUpElsewhere') });
      return;
    }
    if (message.type === 'removed')
      return dispatch({ type: 'REMOVED', ids: message.ids, note: t('cases.list.gone') });
    // The key lending between tabs is answered by lendKey (see start); nothing else to do here.
    if (message.type !== 'changed') return;
    const summaries: CaseSummary[] = [];
    let opened: Case | null | undefined;
    for (const id of message.ids) {
      const fresh = await vault.getSummary(id);
      if (fresh) summaries.push(fresh);
      if (id === get().opened?.id) opened = await vault.get(id);
    }
    dispatch({ type: 'FRESH', summaries, opened });
  }

  return {
    /** Looks for a caseload on this device and starts listening; returns how to stop. */
    start() {
      const onUse = () => touch();
      for (const type of ['keydown', 'pointerdown', 'input'])
        document.addEventListener(type, onUse, { passive: true });
      listen((message) => void heard(message));
      // A page opened in a case from here borrows the key rather than asking for the passphrase.
      lendKey(() => vault);
      void hasVault().then((found) => dispatch({ type: found ? 'LOCKED' : 'SET_UP' }));
    },

    async setUp(pass: string, again: string) {
      if (pass.length < MIN_PASSPHRASE)
        return refuse([
          problem('new-passphrase', t('cases.errors.passphraseShort', { min: MIN_PASSPHRASE })),
        ]);
      if (pass !== again)
        return refuse([problem('confirm-passphrase', t('cases.errors.passphraseDiffers'))]);
      announce(t('cases.setup.working'));
      vault = await createVault(pass);
      touch();
      tellOtherTabs({ type: 'changed', ids: [] });
      dispatch({ type: 'UNLOCKED', summaries: [], note: t('cases.setup.done') });
      return true;
    },

    async unlock(pass: string) {
      if (!pass) return refuse([problem('passphrase', t('cases.errors.passphraseEmpty'))]);
      performance.mark('attune:unlock-start');
      const result = await unlockVault(pass);
      if (result === 'none') {
        dispatch({ type: 'SET_UP' });
        return true;
      }
      if (result === 'wrong')
        return refuse([problem('passphrase', t('cases.errors.passphraseWrong'))]);
      vault = result;
      // Marks for the figures (npm run bench:cases): key derived, cases opened, list painted.
      performance.mark('attune:key-derived');
      const listed = await vault.summaries();
      performance.mark('attune:cases-opened');
      touch();
      // Back from a flow run inside a case (/cases/?case=<id>): open that case, not the list.
      const back = new URLSearchParams(location.search).get('case');
      const opened =
        back && listed.summaries.some((c) => c.id === back) ? await vault.get(back) : null;
      // Sent together, so the page draws once: the case, or the list.
      dispatch({
        type: 'UNLOCKED',
        summaries: listed.summaries,
        note: listed.unreadable
          ? t('cases.unlock.unreadable', { n: listed.unreadable })
          : undefined,
      });
      if (opened) dispatch({ type: 'OPENED', case: opened });
      else requestAnimationFrame(() => performance.mark('attune:list-painted'));
      return true;
    },

    lock,
    deleteAll,
    openCase,
    backToList: () => dispatch({ type: 'LIST' }),

    setFilter(filter: Filter) {
      dispatch({ type: 'FILTER', filter });
      announce(listing(get().summaries, filter).sentence);
    },

    async addPerson(reference: string, name: string) {
      const ref = reference.trim();
      const displayName = name.trim();
      const errors: FlowError[] = [];
      if (!ref) errors.push(problem('reference', t('cases.errors.referenceEmpty')));
      else if (ref.length > 100) errors.push(problem('reference', t('cases.errors.tooLong')));
      else if (get().summaries.some((c) => c.reference.toLowerCase() === ref.toLowerCase()))
        errors.push(problem('reference', t('cases.errors.referenceTaken', { reference: ref })));
      if (displayName.length > 100) errors.push(problem('display-name', t('cases.errors.tooLong')));
      if (errors.length) return refuse(errors);
      const saved = await save([
        newCase({
          id: crypto.randomUUID(),
          reference: ref,
          displayName: displayName || null,
          openedOn: today(),
          at: now(),
        }),
      ]);
      if (!saved) return false;
      announce(t('cases.add.done', { reference: ref }));
      return true;
    },

    async exportCases(kind: string, pass: string, understood: boolean) {
      const errors: FlowError[] = [];
      if (kind === 'encrypted' && pass.length < MIN_PASSPHRASE)
        errors.push(
          problem('export-passphrase', t('cases.errors.exportPassphrase', { min: MIN_PASSPHRASE })),
        );
      if (kind === 'plain' && !understood)
        errors.push(problem('export-understood', t('cases.errors.exportUnderstood')));
      if (errors.length || !vault) return refuse(errors);
      dispatch({ type: 'ERRORS', errors: [] });
      const all = (await vault.all()).cases;
      const bundle = caseBundle(all, now());
      const day = today();
      if (kind === 'plain')
        // One line, so tools that read one record a line (as /evidence/ does) take it whole.
        downloadText(
          `${JSON.stringify(bundle)}\n`,
          `attune-caseload-${day}-NOT-ENCRYPTED.json`,
          'application/json',
        );
      else {
        announce(t('cases.export.working'));
        const file = await encryptCaseBundle(bundle, pass);
        downloadText(
          `${JSON.stringify(file)}\n`,
          `attune-caseload-${day}.json`,
          'application/json',
        );
      }
      announce(t('cases.export.done', { n: all.length }));
      return true;
    },

    async importFile(file: File | null, pass: string) {
      if (!file) return refuse([problem('import-file', t('cases.errors.importFile'))]);
      if (!vault) return false;
      announce(t('cases.import.working'));
      const read = await readCaseBundle(await file.text(), pass || null);
      if (!read.ok)
        return refuse([
          problem(
            ['passphrase-needed', 'wrong-passphrase'].includes(read.error.code)
              ? 'import-passphrase'
              : 'import-file',
            read.error.message,
          ),
        ]);
      const merged = mergeCaseloads((await vault.all()).cases, read.cases);
      // New cases and new records are added; a case that differs waits for the person's choice.
      const saved = await save(
        merged.cases.filter((c) => merged.added.includes(c.id) || merged.updated.includes(c.id)),
      );
      if (!saved) return false;
      dispatch({
        type: 'IMPORTED',
        result: {
          added: merged.added.length,
          updated: merged.updated.length,
          same: merged.unchanged.length,
          conflicts: merged.conflicts,
        },
      });
      focusLater('[data-testid="import-result"] h3');
      return true;
    },

    async choose(conflict: CaseConflict, keep: 'local' | 'incoming') {
      if (keep === 'incoming' && !(await save([resolveConflict(conflict, keep)]))) return;
      dispatch({ type: 'CHOSEN', id: conflict.id, keep });
      focusLater(`[data-conflict="${conflict.id}"] p`);
    },

    async removeCase(c: Case) {
      if (!vault) return;
      try {
        await vault.remove(c.id);
      } catch {
        return void refuse([{ code: 'not-saved', message: t('cases.errors.notSaved') }]);
      }
      tellOtherTabs({ type: 'removed', ids: [c.id] });
      dispatch({
        type: 'REMOVED',
        ids: [c.id],
        note: t('cases.remove.done', { reference: c.reference }),
      });
    },

    idleMinutes: () => vault?.idleMinutes ?? 10,
    async setIdle(minutes: number) {
      await vault?.setIdleMinutes(minutes);
      touch();
      announce(t('cases.locking.saved', { n: minutes }));
    },

    /** Adds an entry made by one of the case's forms, or shows why it could not be made. */
    async addEntry(
      c: Case,
      made: { ok: true; value: CaseEntry } | { ok: false; errors: FlowError[] },
      message: (entry: CaseEntry) => string,
    ) {
      if (!made.ok) return refuse(made.errors);
      if (!(await save([{ ...c, entries: [...c.entries, made.value], updatedAt: now() }])))
        return false;
      announce(message(made.value));
      return true;
    },

    async updateCase(c: Case, message: string) {
      if (!(await save([{ ...c, updatedAt: now() }]))) return false;
      announce(message);
      return true;
    },

    refuse,
  };
}
