import { ScreeningRecordSchema } from '@attune/sdk/screening';
import {
  addOwnWords,
  AUDIENCES,
  draftPassport,
  finishPassport,
  passportConsent,
  sharingStatement,
  MAX_LINES_PER_PART,
  PASSPORT_PARTS,
  PassportSchema,
  type Passport,
  type PassportDraft,
  type PassportSources,
} from '@attune/sdk/follow-up';
import { keptAdjustmentPlan, parseAdjustmentPlan } from '../adjustment-plan';
import { longDate } from '../dates';
import { downloadJson, h } from '../screening/dom';
import { printOnly } from './print';
import { linePicture, partPicture } from './passport-pictures';
import type { CaseHere } from '../cases/here';
import {
  button,
  checkboxes,
  dateFrom,
  dateInput,
  errorMessage,
  errorSummary,
  monthsAfter,
  today,
  type Problem,
} from './form';

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/** An Easy Read picture, sized in the page so it holds its place before it loads. */
const picture = (p: { src: string; alt: string }, size: number) =>
  h('img', { src: p.src, alt: p.alt, width: size, height: size });

/**
 * The passport page: start from a screening record and an agreed plan (or blank, or a passport
 * made before), choose each line with the person and add their own words, then print it on one
 * A4 page or as a wallet card, or download it. Only the chosen lines are ever on it.
 */
export function startPassport(root: HTMLElement, here: CaseHere | null = null): void {
  const day = today();
  const sources: PassportSources = {};
  let draft: PassportDraft = draftPassport();
  let audiences: string[] = [];
  let checkAgain = monthsAfter(day, 6);
  let passport: Passport | null = null;
  let problems: Problem[] = [];
  let said = '';
  let focus: string | null = null;

  const refresh = (message: string, where: string) => {
    problems = [];
    said = message;
    focus = where;
    render();
  };
  const fail = (field: string, message: string) => {
    problems = [{ field, message }];
    render();
  };
  const fileInput = (id: string, label: string, hint: string, onText: (text: string) => void) => {
    const input = h('input', {
      class: 'govuk-file-upload',
      id,
      type: 'file',
      accept: '.json,application/json',
      'aria-describedby': `${id}-hint`,
    }) as HTMLInputElement;
    input.addEventListener('change', () => void input.files?.[0]?.text().then(onText));
    const problem = problems.find((p) => p.field === id)?.message;
    return h(
      'div',
      { class: `govuk-form-group${problem ? ' govuk-form-group--error' : ''}` },
      h('label', { class: 'govuk-label govuk-label--s', for: id }, label),
      h('div', { class: 'govuk-hint', id: `${id}-hint` }, hint),
      errorMessage(id, problem),
      input,
    );
  };
  // Suggestions change with the sources, but what the person already chose or wrote is kept.
  const redraft = () => {
    const fresh = draftPassport(sources);
    for (const p of PASSPORT_PARTS) {
      const kept = draft[p.id].filter((e) => e.include || e.from === 'own-words');
      fresh[p.id] = [...kept, ...fresh[p.id].filter((e) => !kept.some((k) => k.text === e.text))];
    }
    draft = fresh;
  };
  const keepTicks = () => {
    for (const p of PASSPORT_PARTS)
      draft[p.id] = draft[p.id].map((e, i) => ({
        ...e,
        include: root.querySelector<HTMLInputElement>(`#line-${p.id}-${i}`)?.checked ?? e.include,
      }));
    audiences = AUDIENCES.filter(
      (a) => root.querySelector<HTMLInputElement>(`#for-${a.id}`)?.checked,
    ).map((a) => a.id);
  };

  function sourcesSection(): Node {
    const kept = keptAdjustmentPlan();
    return h(
      'section',
      { 'aria-labelledby': 'sources-heading' },
      h(
        'h2',
        { class: 'govuk-heading-m', id: 'sources-heading', tabindex: '-1' },
        'Start from the screening and the plan',
      ),
      h(
        'p',
        { class: 'govuk-body' },
        'They suggest lines. Nothing goes on the passport until the person chooses it. You can also start blank.',
      ),
      fileInput(
        'screening-file',
        'Screening record (optional)',
        sources.screening
          ? 'A screening record is open.'
          : 'It ends in .json. Read on this device only.',
        (text) => {
          const r = ScreeningRecordSchema.safeParse(parse(text));
          if (!r.success)
            return fail('screening-file', 'The file is not a screening record Attune can read');
          keepTicks();
          sources.screening = r.data;
          redraft();
          refresh('Suggestions from the screening are added.', 'lines-heading');
        },
      ),
      here
        ? h(
            'button',
            {
              type: 'button',
              class: 'govuk-button',
              'data-testid': 'use-case-records',
              onclick: () => void useCaseRecords(here),
            },
            `Use the screening and plan in ${here.reference}’s case`,
          )
        : null,
      kept && !sources.plan
        ? h(
            'button',
            {
              type: 'button',
              class: 'govuk-button govuk-button--secondary',
              'data-testid': 'use-kept-plan',
              onclick: () => {
                keepTicks();
                sources.plan = kept;
                redraft();
                refresh('Suggestions from the plan are added.', 'lines-heading');
              },
            },
            'Use the plan kept on this device',
          )
        : null,
      fileInput(
        'plan-file',
        'Adjustment plan (optional)',
        sources.plan ? 'A plan is open.' : 'It ends in .json. Read on this device only.',
        (text) => {
          const plan = parseAdjustmentPlan(text);
          if (!plan) return fail('plan-file', 'The file is not an adjustment plan Attune can read');
          keepTicks();
          sources.plan = plan;
          redraft();
          refresh('Suggestions from the plan are added.', 'lines-heading');
        },
      ),
      fileInput(
        'passport-file',
        'Or change a passport made before',
        'It ends in .json.',
        (text) => {
          const p = PassportSchema.safeParse(parse(text));
          if (!p.success)
            return fail('passport-file', 'The file is not a passport Attune can read');
          for (const part of PASSPORT_PARTS)
            draft[part.id] = (p.data.parts[part.id] ?? []).map((e) => ({ ...e, include: true }));
          audiences = [...p.data.for];
          refresh('The passport is open to change.', 'lines-heading');
        },
      ),
    );
  }

  /** Suggestions from the latest screening and plan in the case. */
  async function useCaseRecords(inCase: CaseHere) {
    const c = await inCase.read();
    const latest = <K extends string>(kind: K) => c.entries.filter((e) => e.kind === kind).at(-1);
    const screening = latest('screening');
    const plan = latest('adjustment-plan');
    keepTicks();
    if (screening?.kind === 'screening') sources.screening = screening.record;
    if (plan?.kind === 'adjustment-plan') sources.plan = plan.record;
    redraft();
    refresh(
      screening || plan
        ? 'Suggestions from the records in the case are added.'
        : 'The case has no screening or plan yet: start from the person’s own words.',
      'lines-heading',
    );
  }

  function linesSection(): Node {
    const problem = (id: string) => problems.find((p) => p.field === id)?.message;
    return h(
      'form',
      {
        novalidate: true,
        'data-testid': 'passport-form',
        onsubmit: (e: Event) => {
          e.preventDefault();
          keepTicks();
          const data = new FormData(e.target as HTMLFormElement);
          checkAgain = dateFrom(data, 'checkAgainOn');
          const result = finishPassport(draft, {
            madeOn: day,
            checkAgainOn: checkAgain,
            for: audiences,
          });
          if (!result.ok)
            return fail(
              result.error.includes('day') ? 'checkAgainOn' : 'line-about-0',
              result.error,
            );
          // Inside a case the passport carries its reference, and is saved into the case.
          passport = here ? { ...result.passport, reference: here.reference } : result.passport;
          if (here)
            void here.add('passport', {
              kind: 'passport',
              record: { ...passport, sharing: sharingStatement(passportConsent(passport), day) },
            });
          refresh('The passport is ready below.', 'passport-title');
        },
      },
      h(
        'h2',
        { class: 'govuk-heading-m', id: 'lines-heading', tabindex: '-1' },
        'Choose what goes on it, with the person',
      ),
      h(
        'p',
        { class: 'govuk-body' },
        `Read each line to them. Tick only what they want. Add their own words. Up to ${MAX_LINES_PER_PART} lines in each part.`,
      ),
      PASSPORT_PARTS.map((part) => {
        const own = h('input', {
          class: 'govuk-input',
          id: `own-${part.id}`,
          type: 'text',
          'aria-describedby': `own-${part.id}-hint`,
        }) as HTMLInputElement;
        const add = () => {
          keepTicks();
          const before = draft[part.id].length;
          draft = addOwnWords(draft, part.id, own.value);
          if (draft[part.id].length === before)
            return fail(`own-${part.id}`, 'Write 2 to 200 characters');
          refresh(`Added to ${part.heading}.`, `own-${part.id}`);
        };
        own.addEventListener('keydown', (e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add();
          }
        });
        return h(
          'div',
          { class: 'govuk-form-group' },
          h(
            'fieldset',
            { class: 'govuk-fieldset' },
            h(
              'legend',
              { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' },
              part.heading,
            ),
            draft[part.id].length
              ? checkboxes(
                  draft[part.id].map((e, i) => ({
                    name: `line-${part.id}-${i}`,
                    label: e.text,
                    checked: e.include,
                  })),
                )
              : null,
            h(
              'div',
              {
                class: `govuk-form-group govuk-!-margin-top-3${problem(`own-${part.id}`) ? ' govuk-form-group--error' : ''}`,
              },
              h('label', { class: 'govuk-label', for: `own-${part.id}` }, 'Add in their own words'),
              h(
                'div',
                { class: 'govuk-hint', id: `own-${part.id}-hint` },
                part.id === 'support'
                  ? 'For example, “My mentor. His number is in my phone.”'
                  : 'Write it as they say it: “I…”',
              ),
              own,
              h(
                'button',
                {
                  type: 'button',
                  class:
                    'govuk-button govuk-button--secondary govuk-!-margin-top-2 govuk-!-margin-bottom-0',
                  'data-add': part.id,
                  onclick: add,
                },
                'Add',
                h('span', { class: 'govuk-visually-hidden' }, ` to ${part.heading}`),
              ),
            ),
          ),
        );
      }),
      h(
        'div',
        { class: 'govuk-form-group' },
        h(
          'fieldset',
          { class: 'govuk-fieldset' },
          h(
            'legend',
            { class: 'govuk-fieldset__legend govuk-fieldset__legend--s' },
            'Who might they show it to?',
          ),
          checkboxes(
            AUDIENCES.map((a) => ({
              name: `for-${a.id}`,
              label: a.label,
              checked: audiences.includes(a.id),
            })),
          ),
        ),
      ),
      dateInput('checkAgainOn', 'When should they check it again?', {
        value: checkAgain,
        error: problem('checkAgainOn'),
      }),
      button('Make the passport', { 'data-testid': 'make-passport' }),
    );
  }

  function passportView(p: Passport): Node {
    // Who the person chose to show it to is what they agreed to share: said on every print and
    // in the download, in the same words as every other print and export.
    const sharing = sharingStatement(passportConsent(p), day);
    // The card is bank-card size: only lines short enough to read on it go on.
    const short = (e: { text: string }) => e.text.length <= 80;
    const card = [...p.parts.helps, ...p.parts.explain].filter(short).slice(0, 3);
    const calm = p.parts.overwhelmed.find(short);
    return h(
      'section',
      { 'aria-labelledby': 'passport-title' },
      h(
        'article',
        { class: 'attune-passport', 'data-testid': 'passport', 'data-print': 'passport' },
        h(
          'h2',
          { class: 'govuk-heading-l', id: 'passport-title', tabindex: '-1' },
          'My communication passport',
        ),
        PASSPORT_PARTS.filter((part) => p.parts[part.id].length).map((part) => {
          const heading = partPicture(part.id);
          const lines = p.parts[part.id].map((e) => ({ text: e.text, picture: linePicture(e) }));
          // Where a line has a picture, every line of the part starts at the same place, as on
          // the screening's "What we found"; a part without pictures keeps its bullets.
          const pictured = lines.some((l) => l.picture);
          return h(
            'section',
            {},
            h(
              'h3',
              { class: 'govuk-heading-m attune-passport-heading' },
              heading ? picture(heading, 40) : null,
              h('span', {}, part.heading),
            ),
            h(
              'ul',
              {
                class: pictured
                  ? 'govuk-list attune-passport-pictured'
                  : 'govuk-list govuk-list--bullet',
              },
              lines.map((l) =>
                pictured
                  ? h(
                      'li',
                      {},
                      l.picture
                        ? picture(l.picture, 32)
                        : h('span', { class: 'attune-passport-blank' }),
                      h('span', {}, l.text),
                    )
                  : h('li', {}, l.text),
              ),
            ),
          );
        }),
        h(
          'div',
          { class: 'attune-sharing', 'data-testid': 'passport-sharing' },
          sharing.map((line) => h('p', { class: 'govuk-body-s govuk-!-margin-bottom-1' }, line)),
        ),
        h(
          'p',
          { class: 'govuk-body' },
          `I made this on ${longDate(p.madeOn)}. I will check it again by ${longDate(p.checkAgainOn)}.`,
        ),
        h('p', { class: 'govuk-body' }, 'This is my passport. I chose what is on it.'),
        // No case reference on the passport or card: the person shows them to custody staff, a
        // solicitor or an employer, and a reference would tell them the person is on a caseload.
        // The download kept in the case carries it.
      ),
      // No pictures on the wallet card: at bank-card size they would push its lines off the edge.
      h(
        'div',
        { class: 'attune-wallet-card', 'data-testid': 'wallet-card', 'data-print': 'card' },
        h('h2', {}, 'How to help me communicate'),
        card.length
          ? h(
              'ul',
              {},
              card.map((e) => h('li', {}, e.text)),
            )
          : null,
        calm ? h('p', {}, h('strong', {}, 'If I am overwhelmed: '), calm.text) : null,
        h('p', {}, `Ask to see my passport. Made ${longDate(p.madeOn)}.`),
        h('p', { 'data-testid': 'card-sharing' }, sharing[0]!),
      ),
      h(
        'div',
        { class: 'govuk-button-group' },
        h(
          'button',
          {
            type: 'button',
            class: 'govuk-button',
            'data-testid': 'print-passport',
            onclick: () => printOnly(root.querySelector('[data-print=passport]')!),
          },
          'Print the passport',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'govuk-button govuk-button--secondary',
            'data-testid': 'print-card',
            onclick: () => printOnly(root.querySelector('[data-print=card]')!),
          },
          'Print the wallet card',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'govuk-button govuk-button--secondary',
            'data-testid': 'download-passport',
            onclick: () => downloadJson({ ...p, sharing }, `passport-${p.madeOn}.json`),
          },
          'Download the passport',
        ),
      ),
    );
  }

  function render() {
    root.dataset.baseTitle ??= document.title;
    document.title = `${problems.length ? 'Error: ' : ''}${root.dataset.baseTitle}`;
    root.replaceChildren(
      errorSummary(problems) ?? '',
      h('span', { class: 'govuk-caption-l' }, 'Follow-up'),
      h('h1', { class: 'govuk-heading-xl' }, 'Make a communication passport'),
      h(
        'p',
        { class: 'govuk-body' },
        'A one-page passport the person owns, in their words, to show custody staff, Liaison and Diversion, a solicitor, court, a hostel or an employer, so they do not have to explain every time.',
      ),
      sourcesSection(),
      linesSection(),
      passport ? passportView(passport) : '',
      h('div', { class: 'govuk-visually-hidden', role: 'status', 'data-testid': 'announce' }, said),
    );
    if (problems.length) root.querySelector<HTMLElement>('.govuk-error-summary')?.focus();
    else if (focus) root.querySelector<HTMLElement>(`#${focus}`)?.focus();
    focus = null;
  }

  render();
}
