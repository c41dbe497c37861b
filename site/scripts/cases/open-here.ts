/**
 * Opens a case for a flow page (`/screening/?case=<id>`): the practitioner unlocks the caseload in
 * this tab, the key stays in this page's memory only, and finished records are sealed into the
 * case. It locks when idle or when any tab locks the caseload; a record finished while locked
 * waits in memory for the passphrase. Nothing about the person is written anywhere else.
 */
import { CaseIdSchema, type Case, type CaseEntry } from '@attune/sdk/cases';
import { h } from '../screening/dom';
import { announce, listen } from './channel';
import { button, field, newForm, passwordInput, showErrors, today } from './forms';
import { CASE_SAVED, setCaseHere, type CaseHere, type NewEntry } from './here';
import { unlockVault, type Vault } from './vault';

/**
 * Shows the unlock form in `panel` and resolves with the case once the caseload is open and the
 * case found. `casesHref` is the /cases/ page.
 */
export function openCaseHere(panel: HTMLElement, id: string, casesHref: string): Promise<CaseHere> {
  let vault: Vault | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const savedKeys = new Set<string>();
  const href = `${casesHref}?case=${encodeURIComponent(id)}`;

  const touch = () => {
    if (!vault) return;
    clearTimeout(idle);
    idle = setTimeout(
      () => lock('The caseload locked because it was not used for a while.'),
      vault.idleMinutes * 60_000,
    );
  };
  for (const type of ['keydown', 'pointerdown', 'input'])
    document.addEventListener(type, touch, { passive: true });

  function lock(note: string) {
    if (!vault) return;
    vault = null; // the key goes with it
    clearTimeout(idle);
    panel.replaceChildren(
      h(
        'div',
        { class: 'govuk-inset-text attune-no-print', 'data-testid': 'case-locked' },
        `${note} You can carry on; you will be asked for the passphrase again to save into the case.`,
      ),
    );
  }
  listen((m) => {
    if (m.type === 'locked') lock('The caseload was locked in another tab.');
    if (m.type === 'deleted') lock('The caseload was deleted in another tab.');
    if (m.type === 'active') touch();
  });

  /** The unlock form; resolves with the open caseload. */
  function unlock(heading: string, why: string, level: 'h1' | 'h2' = 'h2'): Promise<Vault> {
    return new Promise((resolve) => {
      const form = newForm(
        { 'data-testid': 'case-unlock' },
        field(
          'case-passphrase',
          'Passphrase',
          passwordInput('case-passphrase', 'current-password'),
        ),
        button('Unlock'),
      );
      form.addEventListener('submit', async (e) => {
        e.preventDefault();
        const input = form.elements.namedItem('case-passphrase') as HTMLInputElement;
        if (!input.value) return showErrors(form, [['case-passphrase', 'Enter your passphrase']]);
        const result = await unlockVault(input.value);
        input.value = '';
        if (result === 'none')
          return showErrors(form, [['case-passphrase', 'There is no caseload on this device']]);
        if (result === 'wrong')
          return showErrors(form, [
            [
              'case-passphrase',
              'That passphrase does not unlock the caseload. Check it and try again; nothing has changed.',
            ],
          ]);
        resolve(result);
      });
      panel.replaceChildren(
        h(
          'div',
          { class: 'attune-no-print', 'data-testid': 'case-unlock-panel' },
          // The page's own heading while the flow waits hidden; a second heading over it after.
          h(
            level,
            { class: level === 'h1' ? 'govuk-heading-xl' : 'govuk-heading-m', tabindex: '-1' },
            heading,
          ),
          h('p', { class: 'govuk-body' }, why),
          form,
          h(
            'p',
            { class: 'govuk-body' },
            h('a', { class: 'govuk-link', href: casesHref }, 'Go to your caseload instead'),
          ),
        ),
      );
      panel.querySelector<HTMLElement>(level)?.focus();
    });
  }

  async function open(): Promise<Case> {
    for (;;) {
      vault = await unlock(
        'Unlock your caseload',
        'This page was opened from a case. Enter your caseload passphrase so what you do here can be saved into the case.',
        'h1',
      );
      touch();
      const found = await vault.get(id);
      if (found) return found;
      vault = null;
      panel.prepend(
        h(
          'div',
          { class: 'govuk-inset-text', 'data-testid': 'case-missing' },
          'That case is not on this device: it may have been deleted.',
        ),
      );
    }
  }

  return open().then((c) => {
    panel.replaceChildren(caseLine(c.reference, href));
    // Which entry each record key became, so saving the same record again replaces it.
    const entryIds = new Map<string, string>();
    let queue: Promise<unknown> = Promise.resolve();
    const unlocked = async () => {
      vault ??= await unlock(
        'Unlock to save into the case',
        'The caseload locked while you worked. Enter the passphrase to carry on with the case; nothing has been lost.',
      );
      panel.replaceChildren(caseLine(c.reference, href));
      touch();
      return vault;
    };
    async function save(key: string, entry: NewEntry) {
      const v = await unlocked();
      const current = await v.get(id);
      if (!current) throw new Error('The case is no longer on this device');
      const known = entryIds.get(key);
      const entryId = known ?? CaseIdSchema.parse(crypto.randomUUID());
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
      document.dispatchEvent(new CustomEvent(CASE_SAVED, { detail: key }));
    }
    const handle: CaseHere = {
      id,
      reference: c.reference,
      href,
      saved: (key) => savedKeys.has(key),
      // Saves run one after another, so two quick changes never overwrite each other.
      add(key, entry) {
        const run = queue.then(() => save(key, entry));
        queue = run.catch(() => undefined);
        return run;
      },
      async read() {
        const found = await (await unlocked()).get(id);
        if (!found) throw new Error('The case is no longer on this device');
        return found;
      },
    };
    setCaseHere(handle);
    return handle;
  });
}

/**
 * The case's reference for pages drawn without Preact: shown above the flow (and printed with
 * it), with "saved" and the way back once something is in the case.
 */
function caseLine(reference: string, href: string): HTMLElement {
  const status = h('p', {
    class: 'govuk-body attune-no-print',
    'data-testid': 'case-saved',
    hidden: true,
  });
  const line = h(
    'div',
    { class: 'attune-case-reference', 'data-testid': 'case-reference' },
    h(
      'p',
      { class: 'govuk-body govuk-!-margin-bottom-2' },
      h('strong', {}, 'Case reference: '),
      reference,
    ),
    status,
  );
  document.addEventListener(CASE_SAVED, () => {
    status.hidden = false;
    status.replaceChildren(
      'Saved into the case, encrypted. ',
      h('a', { class: 'govuk-link', href }, `Back to ${reference}’s case`),
    );
  });
  return line;
}
