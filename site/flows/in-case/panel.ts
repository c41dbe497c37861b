/**
 * What a flow page shows about the case it works in, above the flow: the unlock form, the case
 * reference (printed with the flow), "saved into the case" with the way back, and a note when the
 * caseload locks. `open-here.ts` decides which; these only draw it.
 */
import { error, inCase } from '../../ui/messages/en-GB.json';
import { Button } from '../../ui/components/button';
import { ErrorSummary } from '../../ui/components/error-summary';
import { TextInput } from '../../ui/components/text-input';
import { h, useLayoutEffect, useRef, useState } from '../../ui/h';
import { addToCatalogue, t } from '../../ui/messages';
import { Runner, type FlowError } from '../../ui/runner';
import { InsetText } from '../../ui/components/inset-text';

// Only these sections of the catalogue are bundled: the panel draws before any flow on the page
// has given its catalogue, and on pages whose flow has none or only its own sections, so it adds
// them again each time it draws or words something.
const ownWords = () => addToCatalogue({ error, inCase });
export function words(key: keyof typeof inCase, vars: Record<string, string> = {}): string {
  ownWords();
  return t(`inCase.${key}`, vars);
}

const FIELD = 'case-passphrase';

export interface UnlockParams {
  /** The page opens with it (an h1 step drawn by the runner), or the caseload locked mid-flow (h2). */
  first: boolean;
  /** The case was not found under the passphrase last given. */
  missing: boolean;
  casesHref: string;
  /** Tries a passphrase: what is wrong with it, or null once the caseload is open. */
  tryPassphrase(passphrase: string): Promise<string | null>;
}

export interface PanelProps {
  unlock: UnlockParams | null;
  /** The case reference, once the case is open. */
  reference: string | null;
  /** The case on /cases/, to go back to. */
  href: string;
  /** Something has been saved into the case from this page. */
  saved: boolean;
  /** Why the caseload locked, while it is locked. */
  locked: string | null;
}

/** Everything the page shows about its case, in the order it reads. */
export function CasePanel(p: PanelProps) {
  ownWords();
  return [
    p.reference ? h(CaseLine, { reference: p.reference, href: p.href, saved: p.saved }) : null,
    p.locked && !p.unlock
      ? h(
          InsetText,
          { classes: 'attune-no-print', attributes: { 'data-testid': 'case-locked' } },
          `${p.locked} ${words('carryOn')}`,
        )
      : null,
    p.unlock ? h(Unlock, p.unlock) : null,
  ];
}

/** The case reference: on screen and on every print of the flow, with "saved" once it is. */
function CaseLine({ reference, href, saved }: { reference: string; href: string; saved: boolean }) {
  return h(
    'div',
    { class: 'attune-case-reference', 'data-testid': 'case-reference' },
    h(
      'p',
      { class: 'govuk-body govuk-!-margin-bottom-2' },
      h('strong', {}, words('reference')),
      ' ',
      reference,
    ),
    saved
      ? h(
          'p',
          { class: 'govuk-body attune-no-print', 'data-testid': 'case-saved' },
          words('saved'),
          ' ',
          h('a', { class: 'govuk-link', href }, words('back', { reference })),
        )
      : null,
  );
}

/**
 * The passphrase form. When the page opens it is the page's step, so the runner gives it the page
 * title and the error summary; when the caseload locks mid-flow the flow's runner owns the page,
 * so the form sits above it with its own summary and moves focus itself.
 */
function Unlock(p: UnlockParams) {
  const [error, setError] = useState<FlowError | null>(null);
  const form = h(UnlockForm, { ...p, error, setError });
  if (p.first)
    return h(Runner, {
      step: {
        id: 'case-unlock',
        title: words('unlockTitle'),
        errors: error ? [error] : [],
        firstField: FIELD,
        view: form,
      },
    });
  return form;
}

function UnlockForm(
  p: UnlockParams & { error: FlowError | null; setError(e: FlowError | null): void },
) {
  const [value, setValue] = useState('');
  const busy = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  // Mid-flow, the form takes focus when it appears and its summary when an error does.
  useLayoutEffect(() => {
    if (!p.first) heading.current?.focus();
  }, []);
  useLayoutEffect(() => {
    if (!p.first && p.error) summary.current?.querySelector<HTMLElement>('div')?.focus();
  }, [p.error]);

  async function submit(e: Event) {
    e.preventDefault();
    if (busy.current) return; // deriving the key takes a moment: one try at a time
    const problem = value
      ? ((busy.current = true), await p.tryPassphrase(value).finally(() => (busy.current = false)))
      : words('noPassphrase');
    setValue('');
    p.setError(problem ? { code: 'unlock', message: problem, field: FIELD } : null);
  }

  const level = p.first ? 'h1' : 'h2';
  return h(
    'div',
    { class: 'attune-no-print', 'data-testid': 'case-unlock-panel' },
    !p.first && p.error
      ? h(
          'div',
          { ref: summary },
          h(ErrorSummary, { errorList: [{ text: p.error.message, href: `#${FIELD}` }] }),
        )
      : null,
    h(
      level,
      {
        class: p.first ? 'govuk-heading-xl' : 'govuk-heading-m',
        tabindex: -1,
        ref: heading,
      },
      words(p.first ? 'unlockTitle' : 'relockTitle'),
    ),
    p.missing
      ? h(InsetText, { attributes: { 'data-testid': 'case-missing' } }, words('missing'))
      : null,
    h('p', { class: 'govuk-body' }, words(p.first ? 'unlockWhy' : 'relockWhy')),
    h(
      'form',
      { noValidate: true, onSubmit: submit, 'data-testid': 'case-unlock' },
      h(TextInput, {
        id: FIELD,
        name: FIELD,
        type: 'password',
        autocomplete: 'current-password',
        spellcheck: false,
        label: { text: words('passphrase') },
        value,
        onInput: setValue,
        errorMessage: p.error ? { text: p.error.message } : null,
      }),
      h(Button, { text: words('unlock'), type: 'submit' }),
    ),
    h(
      'p',
      { class: 'govuk-body' },
      h('a', { class: 'govuk-link', href: p.casesHref }, words('goToCaseload')),
    ),
  );
}
