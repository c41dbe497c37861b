/**
 * The /cases/ page: set up, unlock and lock the caseload; list people with what is due; open a
 * case's timeline and record what happened; export, import and delete. Views are rebuilt from
 * state; each change is saved sealed to IndexedDB and announced to the page's other tabs.
 */
import {
  caseBundle,
  CaseSchema,
  caseloadDue,
  DUE_KINDS,
  encryptCaseBundle,
  mergeCaseloads,
  summariseCase,
  newCase,
  readCaseBundle,
  resolveConflict,
  runEntryKind,
  timeline,
  whatIsDue,
  type Case,
  type CaseConflict,
  type CaseSummary,
  type CaseEntry,
  type DueItem,
  type DueKind,
} from '@attune/sdk/cases';
import { downloadText, h, linkButton, type Child } from '../screening/dom';
import { h as preact } from '../../ui/h';
import { toDom } from '../../ui/dom';
import { Checkboxes } from '../../ui/components/checkboxes';
import { Radios } from '../../ui/components/radios';
import { longDate } from '../dates';
import { announce, listen } from './channel';
import { DUE_LABELS, dueText, entryText, tagClass } from './describe';
import {
  button,
  confirmable,
  dateInput,
  field,
  newForm,
  passwordInput,
  readDate,
  showErrors,
  textInput,
  today,
  value,
} from './forms';
import { outcomeForm } from './outcome-form';
import {
  createVault,
  deleteVault,
  hasVault,
  IDLE_CHOICES,
  lendKey,
  unlockVault,
  type Vault,
} from './vault';

interface PageData {
  questionnaire: { id: string; version: string };
  links: {
    screening: string;
    mentoring: string;
    evidence: string;
    review: string;
    referral: string;
    passport: string;
  };
}

const MIN_PASSPHRASE = 10;
const newId = () => crypto.randomUUID();
const now = () => new Date().toISOString();

export function startCasesApp(root: HTMLElement, status: HTMLElement, data: PageData) {
  let vault: Vault | null = null;
  // The list works from summaries; a case is opened in full only when it is looked at or exported.
  let summaries: CaseSummary[] = [];
  let opened: Case | null = null;
  let filter: DueKind | 'all' | 'any' = 'all';
  let openId: string | null = null;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let settingUp = false;

  const say = (text: string) => {
    status.textContent = '';
    // A fresh text node each time, so screen readers announce a message repeated word for word.
    setTimeout(() => (status.textContent = text), 50);
  };

  const show = (...children: Child[]) => {
    settingUp = false;
    root.replaceChildren(...(children.flat(5).filter(Boolean) as Node[]));
    root.querySelector<HTMLElement>('h1')?.focus();
  };

  const heading = (text: Child, caption?: string) =>
    h(
      'h1',
      { class: 'govuk-heading-xl', tabindex: '-1' },
      caption && h('span', { class: 'govuk-caption-l' }, caption),
      text,
    );

  // ——— locking ———

  let sharedAt = 0;
  /** Restarts the idle clock; work in any tab counts, so a tab left open does not lock the one in use. */
  const touch = (fromOtherTab = false) => {
    if (!vault) return;
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => lock('idle'), vault.idleMinutes * 60_000);
    if (!fromOtherTab && Date.now() - sharedAt > 15_000) {
      sharedAt = Date.now();
      announce({ type: 'active' });
    }
  };
  for (const type of ['keydown', 'pointerdown', 'input'])
    document.addEventListener(type, () => touch(), { passive: true });

  function lock(why: 'request' | 'idle' | 'other-tab') {
    if (!vault) return;
    vault = null; // the key goes with it
    summaries = [];
    opened = null;
    openId = null;
    clearTimeout(idleTimer);
    if (why !== 'other-tab') announce({ type: 'locked' });
    locked(
      why === 'idle'
        ? 'The caseload locked because it was not used for a while.'
        : why === 'other-tab'
          ? 'The caseload was locked in another tab.'
          : 'The caseload is locked.',
    );
  }

  // ——— setting up, unlocking, forgetting ———

  function setup(note?: string) {
    const form = newForm(
      { novalidate: true },
      field(
        'new-passphrase',
        'Choose a passphrase',
        passwordInput('new-passphrase', 'new-password'),
        `At least ${MIN_PASSPHRASE} characters. A few words you will remember works well. It cannot be reset: if you forget it, the caseload cannot be opened by anyone.`,
      ),
      field(
        'confirm-passphrase',
        'Type the passphrase again',
        passwordInput('confirm-passphrase', 'new-password'),
      ),
      button('Set up the caseload'),
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const pass = (form.elements.namedItem('new-passphrase') as HTMLInputElement).value;
      const again = (form.elements.namedItem('confirm-passphrase') as HTMLInputElement).value;
      const errors: [string, string][] = [];
      if (pass.length < MIN_PASSPHRASE)
        errors.push([
          'new-passphrase',
          `Enter a passphrase of at least ${MIN_PASSPHRASE} characters`,
        ]);
      else if (pass !== again)
        errors.push(['confirm-passphrase', 'The two passphrases are not the same']);
      showErrors(form, errors);
      if (errors.length) return;
      say('Setting up the caseload…');
      vault = await createVault(pass);
      summaries = [];
      opened = null;
      touch();
      announce({ type: 'changed', ids: [] });
      list('Your caseload is set up. It is empty for now.');
    });
    show(
      heading('Set up your caseload'),
      note && h('div', { class: 'govuk-inset-text', 'data-testid': 'note' }, note),
      h(
        'p',
        { class: 'govuk-body' },
        'Keep the people you work with on this device: each person by your own reference, their screenings, plans, reviews, referrals and mentoring, and what is due. Everything is encrypted with a passphrase only you know. Nothing is sent anywhere.',
      ),
      form,
    );
    settingUp = true;
  }

  function locked(note?: string) {
    const form = newForm(
      { novalidate: true },
      field('passphrase', 'Passphrase', passwordInput('passphrase', 'current-password')),
      button('Unlock'),
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const pass = (form.elements.namedItem('passphrase') as HTMLInputElement).value;
      if (!pass) return showErrors(form, [['passphrase', 'Enter your passphrase']]);
      performance.mark('attune:unlock-start');
      const result = await unlockVault(pass);
      if (result === 'none') return setup();
      if (result === 'wrong')
        return showErrors(form, [
          [
            'passphrase',
            'That passphrase does not unlock the caseload. Check it and try again; nothing has changed.',
          ],
        ]);
      vault = result;
      // Marks for the figures (npm run bench:cases): key derived, cases opened, list painted.
      performance.mark('attune:key-derived');
      const listed = await vault.summaries();
      performance.mark('attune:cases-opened');
      summaries = sortCases(listed.summaries);
      touch();
      // Back from a flow run inside a case (/cases/?case=<id>): open that case.
      const back = new URLSearchParams(location.search).get('case');
      if (back && summaries.some((c) => c.id === back)) return openCase(back);
      list(
        listed.unreadable
          ? `${listed.unreadable} case(s) could not be read and are not shown.`
          : undefined,
      );
      requestAnimationFrame(() => performance.mark('attune:list-painted'));
    });
    show(
      heading('Unlock your caseload'),
      note && h('div', { class: 'govuk-inset-text', 'data-testid': 'note' }, note),
      h(
        'p',
        { class: 'govuk-body' },
        'The caseload on this device is encrypted. Enter your passphrase to open it.',
      ),
      form,
      forgotten(),
    );
  }

  function forgotten() {
    const { start, confirm } = confirmable({
      open: 'Delete the caseload on this device',
      openClass: 'govuk-button govuk-button--secondary',
      message: 'This deletes every case on this device. It cannot be undone.',
      warning: true,
      yes: 'Yes, delete the caseload',
      no: 'No, go back',
      onYes: deleteAll,
      attrs: { 'data-confirm': '' },
    });
    return h(
      'details',
      { class: 'govuk-details' },
      h(
        'summary',
        { class: 'govuk-details__summary' },
        h('span', { class: 'govuk-details__summary-text' }, 'I have forgotten my passphrase'),
      ),
      h(
        'div',
        { class: 'govuk-details__text' },
        h(
          'p',
          { class: 'govuk-body' },
          'Your passphrase cannot be reset or recovered, by you or by anyone else: that is what keeps the caseload safe if the device is lost. Without it, the cases on this device cannot be read.',
        ),
        h(
          'p',
          { class: 'govuk-body' },
          'You can delete the caseload on this device and set up a new one. If you exported your caseload before, you can then import that file.',
        ),
        start,
        confirm,
      ),
    );
  }

  async function deleteAll() {
    vault = null;
    summaries = [];
    opened = null;
    openId = null;
    clearTimeout(idleTimer);
    await deleteVault();
    announce({ type: 'deleted' });
    setup('Everything in the caseload has been deleted from this device.');
  }

  // ——— the list ———

  const sortCases = <T extends { reference: string }>(cs: T[]) =>
    [...cs].sort((a, b) => a.reference.localeCompare(b.reference, 'en-GB', { numeric: true }));

  function dueTags(items: DueItem[]) {
    if (!items.length) return h('span', { class: 'govuk-body-s' }, 'Nothing due');
    return h(
      'ul',
      { class: 'govuk-list attune-due-list' },
      items.map((d) => h('li', {}, h('strong', { class: tagClass(d.kind) }, DUE_LABELS[d.kind]))),
    );
  }

  function caseTable() {
    const day = today();
    const due = caseloadDue(summaries, { today: day });
    const byCase = Map.groupBy(due, (d) => d.caseId);
    const withDue = new Set(byCase.keys());
    const shown = summaries.filter((c) =>
      filter === 'all'
        ? true
        : filter === 'any'
          ? withDue.has(c.id)
          : (byCase.get(c.id) ?? []).some((d) => d.kind === filter),
    );
    const counts = DUE_KINDS.map(
      (k) => [k, new Set(due.filter((d) => d.kind === k).map((d) => d.caseId)).size] as const,
    );
    return h(
      'div',
      { 'data-region': 'table' },
      h(
        'p',
        { class: 'govuk-body', 'data-testid': 'count' },
        `${summaries.length === 1 ? '1 person' : `${summaries.length} people`} on this device; ${withDue.size} with something due. Showing ${shown.length}.`,
      ),
      counts.some(([, n]) => n) &&
        h(
          'ul',
          { class: 'govuk-list govuk-list--bullet', 'data-testid': 'due-counts' },
          counts.filter(([, n]) => n).map(([k, n]) => h('li', {}, `${DUE_LABELS[k]}: ${n}`)),
        ),
      shown.length
        ? h(
            'div',
            {
              class: 'attune-table-scroll',
              tabindex: '0',
              role: 'region',
              'aria-label': 'Caseload',
            },
            h(
              'table',
              { class: 'govuk-table', 'data-testid': 'caseload' },
              h('caption', { class: 'govuk-table__caption govuk-visually-hidden' }, 'Caseload'),
              h(
                'thead',
                { class: 'govuk-table__head' },
                h(
                  'tr',
                  { class: 'govuk-table__row' },
                  h('th', { scope: 'col', class: 'govuk-table__header' }, 'Reference'),
                  h('th', { scope: 'col', class: 'govuk-table__header' }, 'What is due'),
                ),
              ),
              h(
                'tbody',
                { class: 'govuk-table__body' },
                shown.map((c) =>
                  h(
                    'tr',
                    { class: 'govuk-table__row' },
                    h(
                      'th',
                      { scope: 'row', class: 'govuk-table__header' },
                      linkButton(c.reference, () => void openCase(c.id), undefined, {
                        'data-open': c.id,
                      }),
                      c.displayName &&
                        h('span', { class: 'govuk-body-s attune-block' }, c.displayName),
                    ),
                    h(
                      'td',
                      { class: 'govuk-table__cell' },
                      c.closedOn
                        ? h('span', { class: 'govuk-body-s' }, `Closed ${longDate(c.closedOn)}`)
                        : dueTags(byCase.get(c.id) ?? []),
                    ),
                  ),
                ),
              ),
            ),
          )
        : h(
            'p',
            { class: 'govuk-body', 'data-testid': 'empty' },
            summaries.length ? 'Nobody matches this filter.' : 'No one is on this caseload yet.',
          ),
    );
  }

  function filterForm() {
    const select = h(
      'select',
      { class: 'govuk-select', id: 'filter', name: 'filter' },
      [
        ['all', 'Everyone'],
        ['any', 'Anyone with something due'],
        ...DUE_KINDS.map((k) => [k, DUE_LABELS[k]]),
      ].map(([v, label]) => h('option', { value: v, selected: v === filter }, label)),
    );
    const form = newForm(
      { novalidate: true, class: 'attune-filter' },
      field('filter', 'Show', select),
      button('Apply filter', { class: 'govuk-button govuk-button--secondary' }),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      filter = (select as HTMLSelectElement).value as typeof filter;
      refresh();
      say(root.querySelector('[data-testid="count"]')?.textContent ?? '');
    });
    return form;
  }

  function addForm() {
    const form = newForm(
      { novalidate: true },
      h('h2', { class: 'govuk-heading-m' }, 'Add a person'),
      field(
        'reference',
        'Your reference for them',
        textInput('reference', { class: 'govuk-input govuk-input--width-20', autocomplete: 'off' }),
        'A case reference or initials. It is how they appear on prints and exports; you never need to use a name.',
      ),
      field(
        'display-name',
        'Name (optional)',
        textInput('display-name', {
          class: 'govuk-input govuk-input--width-20',
          autocomplete: 'off',
        }),
        'Kept only on this device, encrypted. It is never exported.',
      ),
      button('Add person'),
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const reference = value(form, 'reference');
      const errors: [string, string][] = [];
      if (!reference) errors.push(['reference', 'Enter your reference for the person']);
      else if (reference.length > 100) errors.push(['reference', 'Use 100 characters or fewer']);
      else if (summaries.some((c) => c.reference.toLowerCase() === reference.toLowerCase()))
        errors.push(['reference', `${reference} is already on your caseload`]);
      if (value(form, 'display-name').length > 100)
        errors.push(['display-name', 'Use 100 characters or fewer']);
      showErrors(form, errors);
      if (errors.length) return;
      const c = newCase({
        id: newId(),
        reference,
        displayName: value(form, 'display-name') || null,
        openedOn: today(),
        at: now(),
      });
      await save([c]);
      form.reset();
      say(`${reference} added to your caseload.`);
      (form.elements.namedItem('reference') as HTMLElement).focus();
    });
    return form;
  }

  function exportForm() {
    const kinds = [
      [
        'encrypted',
        'Encrypted (recommended)',
        'Protected by a passphrase you choose for the file.',
      ],
      [
        'plain',
        'Not encrypted (plain JSON)',
        'Anyone who has the file can read it. Use it only to pass records to a system you trust, or to /evidence/.',
      ],
    ];
    const form = newForm(
      { novalidate: true },
      h('h2', { class: 'govuk-heading-m' }, 'Export the caseload'),
      h(
        'p',
        { class: 'govuk-body' },
        'One file holding every case, to move to another device or into a case-management system. Names stay on this device.',
      ),
      toDom(
        preact(Radios, {
          idPrefix: 'export-encrypted',
          name: 'export-kind',
          formGroup: { attributes: { 'data-field': 'export-encrypted' } },
          fieldset: { legend: { text: 'Kind of file', classes: 'govuk-fieldset__legend--s' } },
          items: kinds.map(([v, label, hint], i) => ({
            value: v,
            text: label,
            id: `export-${v}`,
            hint: { text: hint },
            checked: i === 0,
          })),
        }),
      ),
      field(
        'export-passphrase',
        'Passphrase for the file',
        passwordInput('export-passphrase', 'new-password'),
        `At least ${MIN_PASSPHRASE} characters. You will need it to import the file. It can differ from your caseload passphrase.`,
      ),
      toDom(
        preact(Checkboxes, {
          idPrefix: 'export-understood',
          name: 'export-understood',
          classes: 'govuk-checkboxes--small',
          formGroup: { attributes: { 'data-field': 'export-understood' } },
          items: [
            {
              value: 'yes',
              text: 'For a plain file: I understand anyone with the file can read every case in it',
            },
          ],
        }),
      ),
      button('Export', { class: 'govuk-button govuk-button--secondary' }),
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const kind = (form.querySelector('input[name="export-kind"]:checked') as HTMLInputElement)
        .value;
      const pass = (form.elements.namedItem('export-passphrase') as HTMLInputElement).value;
      const understood = (form.elements.namedItem('export-understood') as HTMLInputElement).checked;
      const errors: [string, string][] = [];
      if (kind === 'encrypted' && pass.length < MIN_PASSPHRASE)
        errors.push([
          'export-passphrase',
          `Enter a passphrase of at least ${MIN_PASSPHRASE} characters for the file`,
        ]);
      if (kind === 'plain' && !understood)
        errors.push([
          'export-understood',
          'Confirm that you understand a plain file can be read by anyone who has it',
        ]);
      showErrors(form, errors);
      if (errors.length) return;
      const all = (await vault!.all()).cases;
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
        say('Encrypting the file…');
        const file = await encryptCaseBundle(bundle, pass);
        downloadText(
          `${JSON.stringify(file)}\n`,
          `attune-caseload-${day}.json`,
          'application/json',
        );
      }
      form.reset();
      say(`Exported ${all.length} case(s).`);
    });
    return form;
  }

  function importForm() {
    const out = h('div', { 'data-region': 'import-result' });
    const form = newForm(
      { novalidate: true },
      h('h2', { class: 'govuk-heading-m' }, 'Import cases'),
      field(
        'import-file',
        'Case bundle',
        h('input', {
          class: 'govuk-file-upload',
          id: 'import-file',
          name: 'import-file',
          type: 'file',
          accept: '.json,application/json',
        }),
        'A file exported from Attune on this or another device. Cases are matched by their id: new ones are added, and nothing here is overwritten without asking you.',
      ),
      field(
        'import-passphrase',
        'Passphrase for the file (if it is encrypted)',
        passwordInput('import-passphrase', 'off'),
      ),
      button('Import', { class: 'govuk-button govuk-button--secondary' }),
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const file = (form.elements.namedItem('import-file') as HTMLInputElement).files?.[0];
      if (!file) return showErrors(form, [['import-file', 'Choose a case bundle file']]);
      say('Reading the file…');
      const pass = (form.elements.namedItem('import-passphrase') as HTMLInputElement).value;
      const read = await readCaseBundle(await file.text(), pass || null);
      if (!read.ok)
        return showErrors(form, [
          [
            ['passphrase-needed', 'wrong-passphrase'].includes(read.error.code)
              ? 'import-passphrase'
              : 'import-file',
            read.error.message,
          ],
        ]);
      showErrors(form, []);
      const merged = mergeCaseloads((await vault!.all()).cases, read.cases);
      const changed = merged.cases.filter(
        (c) => merged.added.includes(c.id) || merged.updated.includes(c.id),
      );
      await save(changed, false);
      form.reset();
      out.replaceChildren(
        importResult(
          merged.added.length,
          merged.updated.length,
          merged.unchanged.length,
          merged.conflicts,
        ),
      );
      refresh();
      out.querySelector<HTMLElement>('h3')?.focus();
    });
    return [form, out];
  }

  function importResult(added: number, updated: number, same: number, conflicts: CaseConflict[]) {
    const box = h(
      'div',
      { class: 'govuk-panel--info', 'data-testid': 'import-result' },
      h('h3', { class: 'govuk-heading-s', tabindex: '-1' }, 'Import finished'),
      h(
        'ul',
        { class: 'govuk-list govuk-list--bullet' },
        h('li', {}, `${added} new case(s) added`),
        h('li', {}, `${updated} case(s) with new records added`),
        h('li', {}, `${same} case(s) already the same here`),
        h('li', {}, `${conflicts.length} case(s) differ and need you to choose`),
      ),
    );
    for (const conflict of conflicts) {
      const item = h(
        'div',
        { class: 'govuk-inset-text', 'data-conflict': conflict.id },
        h(
          'p',
          { class: 'govuk-body' },
          h('strong', {}, conflict.local.reference),
          ` differs between this device and the file: ${conflict.differences
            .map((d) =>
              d.startsWith('entry ')
                ? `a ${entryText(conflict.local.entries.find((e) => e.id === d.slice(6))!).title.toLowerCase()} record`
                : d === 'reference'
                  ? `the reference (the file says ${conflict.incoming.reference})`
                  : d,
            )
            .join('; ')}. Nothing has changed yet.`,
        ),
        h(
          'div',
          { class: 'govuk-button-group' },
          ...(['local', 'incoming'] as const).map((keep) =>
            button(keep === 'local' ? 'Keep this device’s version' : 'Use the file’s version', {
              type: 'button',
              class: 'govuk-button govuk-button--secondary',
              'data-keep': keep,
              onclick: async () => {
                const chosen = resolveConflict(conflict, keep);
                if (keep === 'incoming') await save([chosen], false);
                item.replaceChildren(
                  h(
                    'p',
                    { class: 'govuk-body', tabindex: '-1' },
                    `${chosen.reference}: ${keep === 'local' ? 'kept this device’s version' : 'now the file’s version'}.`,
                  ),
                );
                (item.firstChild as HTMLElement).focus();
                refresh();
              },
            }),
          ),
        ),
      );
      box.append(item);
    }
    return box;
  }

  function deleteAllControl() {
    const { start, confirm } = confirmable({
      open: 'Delete everything',
      openClass: 'govuk-button govuk-button--warning',
      message: `This deletes all ${summaries.length} case(s) and your passphrase setting from this device, in every tab. It cannot be undone. Export first if you need them.`,
      warning: true,
      yes: 'Yes, delete everything',
      no: 'No, keep it',
      onYes: deleteAll,
    });
    return h('div', {}, h('h2', { class: 'govuk-heading-m' }, 'Delete everything'), start, confirm);
  }

  function idleForm() {
    const select = h(
      'select',
      { class: 'govuk-select', id: 'idle', name: 'idle' },
      IDLE_CHOICES.map((m) =>
        h('option', { value: String(m), selected: m === vault?.idleMinutes }, `${m} minutes`),
      ),
    );
    select.addEventListener('change', async () => {
      await vault?.setIdleMinutes(Number((select as HTMLSelectElement).value));
      touch();
      say(
        `The caseload will lock after ${(select as HTMLSelectElement).value} minutes without use.`,
      );
    });
    return field('idle', 'Lock when not used for', select);
  }

  function lockBar() {
    return h(
      'div',
      { class: 'govuk-button-group' },
      button('Lock now', {
        type: 'button',
        class: 'govuk-button govuk-button--secondary',
        'data-testid': 'lock',
        onclick: () => lock('request'),
      }),
    );
  }

  function list(note?: string) {
    openId = null;
    show(
      heading('Your caseload'),
      note && h('div', { class: 'govuk-inset-text', 'data-testid': 'note' }, note),
      lockBar(),
      filterForm(),
      caseTable(),
      addForm(),
      h('hr', { class: 'govuk-section-break govuk-section-break--l govuk-section-break--visible' }),
      exportForm(),
      importForm(),
      h('hr', { class: 'govuk-section-break govuk-section-break--l govuk-section-break--visible' }),
      h('h2', { class: 'govuk-heading-m' }, 'Locking'),
      idleForm(),
      deleteAllControl(),
    );
  }

  // ——— one case ———

  const current = () => (opened?.id === openId ? opened : null);

  async function addEntry(c: Case, entry: CaseEntry, message: string) {
    await save([{ ...c, entries: [...c.entries, entry], updatedAt: now() }]);
    say(message);
  }

  function dueRegion(c: Case) {
    const items = whatIsDue(c, { today: today() });
    return h(
      'div',
      { 'data-region': 'due' },
      h('h2', { class: 'govuk-heading-m' }, 'What is due'),
      items.length
        ? h(
            'ul',
            { class: 'govuk-list', 'data-testid': 'due' },
            items.map((d) =>
              h(
                'li',
                {},
                h('strong', { class: tagClass(d.kind) }, DUE_LABELS[d.kind]),
                ' ',
                dueText(d),
              ),
            ),
          )
        : h('p', { class: 'govuk-body', 'data-testid': 'due' }, 'Nothing is due.'),
    );
  }

  function timelineRegion(c: Case) {
    const entries = timeline(c).reverse();
    return h(
      'div',
      { 'data-region': 'timeline' },
      h('h2', { class: 'govuk-heading-m' }, 'Timeline'),
      entries.length
        ? h(
            'ol',
            { class: 'govuk-list attune-timeline', reversed: true, 'data-testid': 'timeline' },
            entries.map((e) => {
              const { title, detail } = entryText(e);
              return h(
                'li',
                { class: 'attune-timeline__item' },
                h('h3', { class: 'govuk-heading-s govuk-!-margin-bottom-1' }, title),
                h('p', { class: 'govuk-body-s govuk-!-margin-bottom-1' }, longDate(e.on)),
                h('p', { class: 'govuk-body' }, detail),
              );
            }),
          )
        : h('p', { class: 'govuk-body', 'data-testid': 'timeline' }, 'Nothing recorded yet.'),
    );
  }

  function recordFileForm(c: Case) {
    const form = newForm(
      { novalidate: true },
      h('h3', { class: 'govuk-heading-s' }, 'Add a record from a file'),
      field(
        'record-file',
        'Record file',
        h('input', {
          class: 'govuk-file-upload',
          id: 'record-file',
          name: 'record-file',
          type: 'file',
          accept: '.json,application/json',
        }),
        'A screening record, a note of a declined screening, an adjustment plan or a mentoring plan saved from Attune (JSON).',
      ),
      dateInput('record-on', 'Date it happened', today()),
      button('Add record', { class: 'govuk-button govuk-button--secondary' }),
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const file = (form.elements.namedItem('record-file') as HTMLInputElement).files?.[0];
      const on = readDate(form, 'record-on');
      const errors: [string, string][] = [];
      if (!file) errors.push(['record-file', 'Choose a record file']);
      if (!on) errors.push(['record-on-day', 'Enter a real date, for example 27 3 2026']);
      let entry: CaseEntry | null = null;
      if (file && on) {
        let record: unknown;
        try {
          record = JSON.parse(await file.text());
        } catch {
          record = undefined;
        }
        entry = recordEntry(record, on, { ...c, entries: c.entries });
        if (!entry)
          errors.push([
            'record-file',
            'This file is not a screening record, declined-screening note, adjustment plan or mentoring plan from Attune',
          ]);
      }
      showErrors(form, errors);
      if (errors.length || !entry) return;
      await addEntry(c, entry, `${entryText(entry).title} added to ${c.reference}.`);
    });
    return form;
  }

  function recordEntry(record: unknown, on: string, c: Case): CaseEntry | null {
    const r = record as {
      kind?: unknown;
      schemaVersion?: unknown;
      profile?: unknown;
      basis?: unknown;
    };
    // A screening or check, finished or ended, is filed by its questionnaire: a check is never
    // taken for the person's screening.
    const run = r as { kind?: unknown; questionnaire?: { id?: unknown } };
    const kind =
      (r?.kind === 'screening-ended' || r?.profile) && typeof run.questionnaire?.id === 'string'
        ? runEntryKind(run as { kind?: unknown; questionnaire: { id: string } })
        : r?.kind === 'attune.mentoring-plan'
          ? 'mentoring-plan'
          : r?.basis
            ? 'adjustment-plan'
            : null;
    if (!kind) return null;
    // The case's own schema checks the record, so only a record Attune could have written gets in.
    const entry = { id: newId(), on, kind, record } as CaseEntry;
    return CaseSchema.safeParse({ ...c, entries: [...c.entries, entry] }).success ? entry : null;
  }

  function referralForm(c: Case) {
    const form = newForm(
      { novalidate: true },
      h('h3', { class: 'govuk-heading-s' }, 'Record a referral'),
      field(
        'referral-to',
        'Referred to',
        textInput('referral-to', { class: 'govuk-input govuk-input--width-30' }),
        'For example, GP for an ADHD assessment, or speech and language therapy.',
      ),
      dateInput('referral-on', 'Date of the referral', today()),
      toDom(
        preact(Checkboxes, {
          idPrefix: 'referral-consent',
          name: 'referral-consent',
          classes: 'govuk-checkboxes--small',
          formGroup: { attributes: { 'data-field': 'referral-consent' } },
          items: [{ value: 'yes', text: 'The person agreed to their information being shared' }],
        }),
      ),
      button('Record referral', { class: 'govuk-button govuk-button--secondary' }),
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const to = value(form, 'referral-to');
      const on = readDate(form, 'referral-on');
      const errors: [string, string][] = [];
      if (to.length < 2 || to.length > 120)
        errors.push(['referral-to', 'Enter who the referral is to, in 2 to 120 characters']);
      if (!on) errors.push(['referral-on-day', 'Enter a real date, for example 27 3 2026']);
      showErrors(form, errors);
      if (errors.length) return;
      await addEntry(
        c,
        {
          id: newId(),
          on: on!,
          kind: 'referral',
          to,
          consentToShare: (form.elements.namedItem('referral-consent') as HTMLInputElement).checked,
          status: 'waiting',
          note: null,
        },
        `Referral to ${to} recorded.`,
      );
    });
    return form;
  }

  function referralStatusForms(c: Case) {
    return c.entries
      .filter((e) => e.kind === 'referral' && e.status === 'waiting')
      .map((e) => {
        if (e.kind !== 'referral') return null;
        const form = newForm(
          { novalidate: true, class: 'attune-inline-form' },
          field(
            `status-${e.id}`,
            `Referral to ${e.to}: what happened?`,
            h(
              'select',
              { class: 'govuk-select', id: `status-${e.id}`, name: 'status' },
              [
                ['accepted', 'Accepted'],
                ['seen', 'Seen'],
                ['declined', 'Declined by the service'],
                ['withdrawn', 'Withdrawn'],
              ].map(([v, l]) => h('option', { value: v }, l)),
            ),
          ),
          button('Update referral', { class: 'govuk-button govuk-button--secondary' }),
        );
        form.addEventListener('submit', async (ev) => {
          ev.preventDefault();
          const status = value(form, 'status') as 'accepted';
          await save([
            {
              ...c,
              entries: c.entries.map((x) => (x.id === e.id ? { ...e, status } : x)),
              updatedAt: now(),
            },
          ]);
          say(`Referral to ${e.to}: ${status}.`);
        });
        return form;
      });
  }

  function reviewForm(c: Case) {
    const plan = timeline(c)
      .filter((e) => e.kind === 'adjustment-plan')
      .at(-1);
    if (!plan) return null;
    const outcomes = [
      ['working', 'It is working: keep it'],
      ['change', 'It needs to change'],
      ['stop', 'It is no longer needed'],
    ];
    const form = newForm(
      { novalidate: true },
      h('h3', { class: 'govuk-heading-s' }, 'Record a plan review'),
      dateInput('review-on', 'Date of the review', today()),
      toDom(
        preact(Radios, {
          idPrefix: 'review-working',
          name: 'outcome',
          classes: 'govuk-radios--small',
          formGroup: { attributes: { 'data-field': 'review-working' } },
          fieldset: {
            legend: { text: 'How is the plan going?', classes: 'govuk-fieldset__legend--s' },
          },
          items: outcomes.map(([v, l]) => ({ value: v, text: l, id: `review-${v}` })),
        }),
      ),
      dateInput('review-next', 'Next review (leave empty if none)', null),
      button('Record review', { class: 'govuk-button govuk-button--secondary' }),
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const on = readDate(form, 'review-on');
      const outcome = (
        form.querySelector('input[name="outcome"]:checked') as HTMLInputElement | null
      )?.value;
      const nextEmpty = ['day', 'month', 'year'].every((p) => !value(form, `review-next-${p}`));
      const next = nextEmpty ? null : readDate(form, 'review-next');
      const errors: [string, string][] = [];
      if (!on) errors.push(['review-on-day', 'Enter a real date, for example 27 3 2026']);
      if (!outcome) errors.push(['review-working', 'Choose how the plan is going']);
      if (!nextEmpty && !next)
        errors.push([
          'review-next-day',
          'Enter a real date for the next review, or leave it empty',
        ]);
      showErrors(form, errors);
      if (errors.length) return;
      await addEntry(
        c,
        {
          id: newId(),
          on: on!,
          kind: 'plan-review',
          plan: plan.id,
          outcome: outcome as 'working',
          nextReview: next,
          note: null,
        },
        'Plan review recorded.',
      );
    });
    return form;
  }

  function safeguardingForms(c: Case) {
    return whatIsDue(c, { today: today() })
      .filter((d) => d.kind === 'safeguarding-open')
      .map((d) => {
        const id = `action-${d.entryId}`;
        const form = newForm(
          { novalidate: true },
          field(
            id,
            `Action taken on the safeguarding flag from ${longDate(d.date!)}`,
            h('textarea', { class: 'govuk-textarea', id, name: 'action', rows: '3' }),
            'What you did and who you told. Follow your service’s safeguarding procedure first.',
          ),
          button('Record action', { class: 'govuk-button govuk-button--secondary' }),
        );
        form.addEventListener('submit', async (e) => {
          e.preventDefault();
          const action = value(form, 'action');
          if (action.length < 3 || action.length > 500)
            return showErrors(form, [[id, 'Say what action was taken, in 3 to 500 characters']]);
          await addEntry(
            c,
            { id: newId(), on: today(), kind: 'safeguarding-action', about: d.entryId!, action },
            'Safeguarding action recorded.',
          );
        });
        return form;
      });
  }

  function declinedForm(c: Case) {
    const form = newForm(
      { novalidate: true },
      h('h3', { class: 'govuk-heading-s' }, 'The person declined a screening'),
      dateInput('declined-on', 'Date they declined', today()),
      button('Record that they declined', { class: 'govuk-button govuk-button--secondary' }),
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const on = readDate(form, 'declined-on');
      if (!on)
        return showErrors(form, [['declined-on-day', 'Enter a real date, for example 27 3 2026']]);
      await addEntry(
        c,
        {
          id: newId(),
          on,
          kind: 'screening-ended',
          record: {
            kind: 'screening-ended',
            status: 'declined',
            questionnaire: data.questionnaire,
            endedAt: null,
          },
        },
        'Recorded that the person declined a screening.',
      );
    });
    return form;
  }

  function closeControl(c: Case) {
    if (c.closedOn)
      return h(
        'div',
        { 'data-region': 'close' },
        h('h2', { class: 'govuk-heading-m' }, 'Case closed'),
        h(
          'p',
          { class: 'govuk-body' },
          `Closed on ${longDate(c.closedOn)}. Nothing is due on a closed case.`,
        ),
        button('Reopen the case', {
          type: 'button',
          class: 'govuk-button govuk-button--secondary',
          onclick: async () => {
            await save([{ ...c, closedOn: null, updatedAt: now() }]);
            say(`${c.reference} reopened.`);
          },
        }),
      );
    const form = newForm(
      {},
      dateInput('close-on', 'Date the work ended', today()),
      button('Close the case', { class: 'govuk-button govuk-button--secondary' }),
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const on = readDate(form, 'close-on');
      if (!on || on < c.openedOn)
        return showErrors(form, [
          ['close-on-day', `Enter a real date on or after ${longDate(c.openedOn)}`],
        ]);
      await save([{ ...c, closedOn: on, updatedAt: now() }]);
      say(`${c.reference} closed.`);
    });
    return h(
      'div',
      { 'data-region': 'close' },
      h('h2', { class: 'govuk-heading-m' }, 'Close the case'),
      h(
        'p',
        { class: 'govuk-body' },
        'When your work with the person ends. The records stay until you delete the case.',
      ),
      form,
    );
  }

  function deleteCaseControl(c: Case) {
    const { start, confirm } = confirmable({
      open: 'Delete this case',
      openClass: 'govuk-button govuk-button--warning',
      message: `Delete ${c.reference} and all ${c.entries.length} record(s) in their case from this device? This cannot be undone.`,
      warning: false,
      yes: `Yes, delete ${c.reference}`,
      no: 'No, keep it',
      onYes: async () => {
        await vault?.remove(c.id);
        summaries = summaries.filter((x) => x.id !== c.id);
        opened = null;
        announce({ type: 'removed', ids: [c.id] });
        list(`${c.reference} has been deleted from this device.`);
      },
    });
    return h(
      'div',
      { 'data-region': 'delete' },
      h('h2', { class: 'govuk-heading-m' }, 'Delete'),
      start,
      confirm,
    );
  }

  function actionsRegion(c: Case) {
    return h(
      'div',
      { 'data-region': 'actions' },
      h('h2', { class: 'govuk-heading-m' }, 'Record what happened'),
      h(
        'p',
        { class: 'govuk-body' },
        'Each of these opens on its own page inside this case: what you finish there is saved into the case, and the case reference is on its printouts and downloads.',
      ),
      h(
        'ul',
        { class: 'govuk-list', 'data-testid': 'flows-in-case' },
        (
          [
            ['screening', 'Start a screening', 'screen-in-case'],
            ['review', 'Review the adjustment plan', 'review-in-case'],
            ['referral', 'Record a referral', 'refer-in-case'],
            ['passport', 'Make a communication passport', 'passport-in-case'],
            // The practical-support check, then the plan; the case's open plan when it has one.
            ['mentoring', 'Open the mentoring plan', 'mentoring-in-case'],
          ] as const
        ).map(([link, text, testid]) =>
          h(
            'li',
            {},
            h(
              'a',
              {
                class: 'govuk-link',
                href: `${data.links[link]}?case=${encodeURIComponent(c.id)}`,
                'data-testid': testid,
              },
              text,
              h('span', { class: 'govuk-visually-hidden' }, ` for ${c.reference}`),
            ),
          ),
        ),
      ),
      safeguardingForms(c),
      recordFileForm(c),
      reviewForm(c),
      referralForm(c),
      referralStatusForms(c),
      outcomeForm(c, addEntry, newId),
      declinedForm(c),
    );
  }

  async function openCase(id: string) {
    opened = (await vault?.get(id)) ?? null;
    openId = id;
    const c = current();
    if (!c) return list('That case could not be opened.');
    show(
      linkButton('Back to your caseload', () => list(), 'govuk-back-link attune-link-button'),
      heading(c.reference, c.displayName ?? 'Case'),
      lockBar(),
      dueRegion(c),
      timelineRegion(c),
      actionsRegion(c),
      closeControl(c),
      deleteCaseControl(c),
    );
  }

  /** Rebuilds the parts of the view that show cases, leaving forms being typed in alone. */
  function refresh() {
    if (!vault) return;
    root.querySelector('[data-testid="note"]')?.remove(); // a note about an earlier moment
    if (openId === null) {
      root.querySelector('[data-region="table"]')?.replaceWith(caseTable());
      return;
    }
    const c = current();
    if (!c) return list('That case was deleted in another tab.');
    for (const [name, make] of [
      ['due', dueRegion],
      ['timeline', timelineRegion],
      ['actions', actionsRegion],
      ['close', closeControl],
      ['delete', deleteCaseControl],
    ] as const)
      root.querySelector(`[data-region="${name}"]`)?.replaceWith(make(c));
  }

  /** Saves cases sealed, updates this tab and tells the others. */
  async function save(changed: Case[], rerender = true) {
    if (!vault || !changed.length) return;
    await vault.put(changed);
    const ids = new Set(changed.map((c) => c.id));
    summaries = sortCases([
      ...summaries.filter((c) => !ids.has(c.id)),
      ...changed.map(summariseCase),
    ]);
    opened = changed.find((c) => c.id === openId) ?? opened;
    announce({ type: 'changed', ids: [...ids] });
    if (rerender) refresh();
  }

  // A page opened in a case from here borrows the key rather than asking for the passphrase.
  lendKey(() => vault);
  listen(async (message) => {
    if (message.type === 'active') return touch(true);
    if (message.type === 'locked') return lock('other-tab');
    if (message.type === 'deleted') {
      vault = null;
      summaries = [];
      opened = null;
      openId = null;
      clearTimeout(idleTimer);
      return setup('The caseload was deleted in another tab.');
    }
    if (!vault) {
      // A caseload set up in another tab while this one offered to set one up: unlock it here.
      if (message.type === 'changed' && settingUp)
        locked('The caseload was set up in another tab. Enter its passphrase to open it here.');
      return;
    }
    if (message.type === 'removed') {
      summaries = summaries.filter((c) => !message.ids.includes(c.id));
      if (opened && message.ids.includes(opened.id)) opened = null;
    } else if (message.type === 'changed')
      for (const id of message.ids) {
        const fresh = await vault.getSummary(id);
        if (fresh) summaries = sortCases([...summaries.filter((c) => c.id !== id), fresh]);
        if (id === openId) opened = await vault.get(id);
      }
    refresh();
  });

  void (async () => ((await hasVault()) ? locked() : setup()))();
}
