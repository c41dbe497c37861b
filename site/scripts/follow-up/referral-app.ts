import { createActor, type Actor } from 'xstate';
import type { Questionnaire } from '@attune/sdk/questionnaire';
import type { ScreeningRecord } from '@attune/sdk/screening';
import {
  consentOn,
  createReferralMachine,
  emptyConsent,
  ConsentToShareSchema,
  letterText,
  recipientLabel,
  recordConsent,
  referralLetter,
  RECIPIENTS,
  REFERRAL_STATUS_WORDS,
  restoreReferral,
  withdrawConsent,
  type ConsentToShare,
  type ReferralLetter,
  type ReferralMachine,
} from '@attune/sdk/follow-up';
import { longDate } from '../dates';
import { downloadJson, h } from '../screening/dom';
import { printOnly } from './print';
import type { CaseHere } from '../cases/here';
import {
  button,
  checkboxes,
  dateFrom,
  dateInput,
  errorMessage,
  errorSummary,
  monthsAfter,
  radios,
  textarea,
  textInput,
  today,
  type Problem,
} from './form';

const recipientChoices = RECIPIENTS.map((r) => [r.id, r.label] as const);

/**
 * The referral page: where one referral stands and its next step (sent → accepted → assessed,
 * kept honest by the SDK's referral machine), the person's consent to share, recipient by
 * recipient, and the letter, which can be made only while they agree to share with its service.
 */
export function startReferral(root: HTMLElement, here: CaseHere | null = null): void {
  const day = today();
  // Inside a case the referral and the consent carry the case reference.
  let actor: Actor<ReferralMachine> = createActor(createReferralMachine(), {
    input: { today: day, reference: here?.reference ?? null },
  }).start();
  let consent: ConsentToShare = emptyConsent(here?.reference ?? null);
  // What was last sealed into the case, so only a change is saved again.
  let savedToCase = '';
  let screening: ScreeningRecord | null = null;
  // The questionnaire's wording is needed only for a letter, so it loads with the screening record.
  let questionnaire: Questionnaire | null = null;
  let letter: ReferralLetter | null = null;
  let problems: Problem[] = [];
  let said = '';
  let focus: string | null = null;

  const done = (message: string, section: string) => {
    problems = [];
    said = message;
    focus = section;
    render();
  };
  const fail = (field: string, message: string) => {
    problems = [{ field, message }];
    said = '';
    render();
  };
  const error = (field: string) => problems.find((p) => p.field === field)?.message;
  const form = (testid: string, onSubmit: (data: FormData) => void, ...children: unknown[]) =>
    h(
      'form',
      {
        novalidate: true,
        'data-testid': testid,
        onsubmit: (e: Event) => {
          e.preventDefault();
          onSubmit(new FormData(e.target as HTMLFormElement));
        },
      },
      ...(children as Node[]),
    );
  const str = (data: FormData, name: string) => String(data.get(name) ?? '').trim();

  function nextStep(): Node | null {
    const snap = actor.getSnapshot();
    const send = (event: Parameters<typeof actor.send>[0], message: string) => {
      actor.send(event);
      const c = actor.getSnapshot().context;
      if (c.error) fail('on', c.error);
      else done(message, 'status-heading');
    };
    switch (snap.value) {
      case 'preparing':
        return form(
          'send-form',
          (data) => {
            actor.send({
              type: 'SEND',
              to: str(data, 'to') as never,
              otherService: str(data, 'otherService') || undefined,
              consentOn: dateFrom(data, 'consentOn'),
              on: dateFrom(data, 'on'),
            });
            const c = actor.getSnapshot().context;
            if (c.error) fail(str(data, 'to') ? 'on' : 'to', c.error);
            else done('The referral is recorded as sent.', 'status-heading');
          },
          h('h2', { class: 'govuk-heading-m' }, 'Record the referral'),
          radios('to', 'Where is the referral going?', recipientChoices, { error: error('to') }),
          textInput('otherService', 'If other, which service?', {
            hint: 'For example, a tenancy support service.',
          }),
          dateInput('consentOn', 'When did the person agree to the referral?', { value: day }),
          dateInput('on', 'When was it sent?', { value: day, error: error('on') }),
          button('Record as sent', { 'data-testid': 'record-sent' }),
        );
      case 'sent':
      case 'accepted': {
        const choices =
          snap.value === 'sent'
            ? ([
                ['ACCEPT', 'Accepted'],
                ['NOT_ACCEPTED', 'Not accepted'],
                ['WITHDRAW', 'The person withdrew'],
              ] as const)
            : ([
                ['ASSESS', 'Assessed'],
                ['WITHDRAW', 'The person withdrew'],
              ] as const);
        return form(
          'step-form',
          (data) => {
            const what = str(data, 'what');
            if (!what) return fail('what', 'Choose what happened');
            send(
              { type: what as 'ACCEPT', on: dateFrom(data, 'on') },
              `The referral is recorded as ${choices.find((c) => c[0] === what)![1].toLowerCase()}.`,
            );
          },
          h('h2', { class: 'govuk-heading-m' }, 'Record what happened next'),
          radios('what', 'What happened?', choices, { error: error('what') }),
          dateInput('on', 'When?', { value: day, error: error('on') }),
          button('Record it', { 'data-testid': 'record-step' }),
        );
      }
      case 'assessed':
        return form(
          'outcome-form',
          (data) => {
            actor.send({
              type: 'OUTCOME',
              text: str(data, 'outcome'),
              personsWords: data.get('personsWords') === 'yes',
            });
            const c = actor.getSnapshot().context;
            if (c.error) fail('outcome', c.error);
            else done('The outcome is recorded.', 'status-heading');
          },
          h('h2', { class: 'govuk-heading-m' }, 'The outcome'),
          textarea('outcome', 'What was the outcome?', {
            hint: 'In the person’s own words if they want. Write only what they are happy to have recorded.',
            error: error('outcome'),
            value: snap.context.record.outcome?.text,
          }),
          checkboxes([
            {
              name: 'personsWords',
              label: 'These are the person’s own words',
              checked: snap.context.record.outcome?.personsWords ?? false,
            },
          ]),
          button('Save the outcome', { 'data-testid': 'save-outcome' }),
        );
      default:
        return null;
    }
  }

  function statusList(): Node {
    const r = actor.getSnapshot().context.record;
    const row = (key: string, value: string) =>
      h(
        'div',
        { class: 'govuk-summary-list__row' },
        h('dt', { class: 'govuk-summary-list__key' }, key),
        h('dd', { class: 'govuk-summary-list__value' }, value),
      );
    const when = (d: string | null) => (d ? longDate(d) : 'Not yet');
    return h(
      'dl',
      { class: 'govuk-summary-list', 'data-testid': 'referral-status' },
      row('Status', REFERRAL_STATUS_WORDS[r.status]),
      r.status !== 'preparing' ? row('To', r.otherService ?? recipientLabel(r.to)) : null,
      r.consentOn ? row('The person agreed', longDate(r.consentOn)) : null,
      row('Sent', when(r.sentOn)),
      row('Accepted', when(r.acceptedOn)),
      row('Assessed', when(r.assessedOn)),
      r.closedOn ? row(REFERRAL_STATUS_WORDS[r.status], longDate(r.closedOn)) : null,
      r.outcome
        ? row(
            'Outcome',
            `${r.outcome.personsWords ? '“' : ''}${r.outcome.text}${r.outcome.personsWords ? '”' : ''}`,
          )
        : null,
    );
  }

  function consentSection(): Node {
    const standing = consentOn(consent, day);
    const words = {
      yes: 'Agreed',
      no: 'Not agreed',
      'check-again': 'Agreed, but past its review date,',
    };
    return h(
      'section',
      { 'aria-labelledby': 'consent-heading' },
      h(
        'h2',
        { class: 'govuk-heading-l', id: 'consent-heading', tabindex: '-1' },
        'Consent to share',
      ),
      h(
        'p',
        { class: 'govuk-body' },
        'Record what the person agrees to share with whom, one service at a time. Every letter and download says what they agreed.',
      ),
      standing.length
        ? h(
            'dl',
            { class: 'govuk-summary-list', 'data-testid': 'consent-list' },
            standing.map((s) =>
              h(
                'div',
                { class: 'govuk-summary-list__row' },
                h('dt', { class: 'govuk-summary-list__key' }, s.label),
                h(
                  'dd',
                  { class: 'govuk-summary-list__value' },
                  `${words[s.status]} on ${longDate(s.on)}. Ask again by ${longDate(s.reviewBy)}.`,
                ),
                h(
                  'dd',
                  { class: 'govuk-summary-list__actions' },
                  s.status === 'yes'
                    ? h(
                        'button',
                        {
                          type: 'button',
                          class: 'govuk-link attune-link-button',
                          'data-withdraw': s.recipient,
                          onclick: () => {
                            const result = withdrawConsent(consent, s.recipient, day);
                            if (result.error) return fail('recipient', result.error);
                            consent = result.consent;
                            letter = null;
                            done(
                              `Consent to share with ${s.label} is withdrawn.`,
                              'consent-heading',
                            );
                          },
                        },
                        'Withdraw',
                        h('span', { class: 'govuk-visually-hidden' }, ` consent for ${s.label}`),
                      )
                    : '',
                ),
              ),
            ),
          )
        : h(
            'p',
            { class: 'govuk-body', 'data-testid': 'no-consent' },
            'No consent to share is recorded yet.',
          ),
      form(
        'consent-form',
        (data) => {
          const id = str(data, 'recipient');
          const other = str(data, 'recipientName');
          const agreed = str(data, 'agreed');
          if (!id) return fail('recipient', 'Choose who the decision is about');
          if (id === 'other' && other.length < 2)
            return fail('recipientName', 'Name the service or person, for example hostel');
          if (!agreed) return fail('agreed', 'Choose whether the person agreed');
          const recipient = id === 'other' ? other.toLowerCase() : id;
          const result = recordConsent(consent, {
            recipient,
            label: id === 'other' ? other : recipientLabel(id),
            agreed: agreed === 'yes',
            on: dateFrom(data, 'consentDay'),
            reviewBy: dateFrom(data, 'reviewBy'),
          });
          if (result.error) return fail('consentDay', result.error);
          consent = result.consent;
          letter = null;
          done('The decision is recorded.', 'consent-heading');
        },
        radios(
          'recipient',
          'Who is it about?',
          [...recipientChoices.filter(([id]) => id !== 'other'), ['other', 'Someone else']],
          {
            error: error('recipient'),
          },
        ),
        textInput('recipientName', 'If someone else, who?', {
          hint: 'For example, hostel or employer.',
          error: error('recipientName'),
        }),
        radios(
          'agreed',
          'Does the person agree to share with them?',
          [
            ['yes', 'Yes'],
            ['no', 'No'],
          ],
          { error: error('agreed') },
        ),
        dateInput('consentDay', 'Date of the decision', { value: day, error: error('consentDay') }),
        dateInput('reviewBy', 'Ask again by', { value: monthsAfter(day, 12) }),
        button('Record the decision', { 'data-testid': 'record-consent' }, true),
      ),
    );
  }

  function letterSection(): Node {
    const file = h('input', {
      class: 'govuk-file-upload',
      id: 'screening-file',
      type: 'file',
      accept: '.json,application/json',
      'aria-describedby': 'screening-file-hint',
    }) as HTMLInputElement;
    file.addEventListener('change', () => {
      void file.files?.[0]?.text().then(async (text) => {
        let parsed: unknown = null;
        try {
          parsed = JSON.parse(text);
        } catch {
          /* not JSON */
        }
        const [{ ScreeningRecordSchema }, { needsScreening }] = await Promise.all([
          import('@attune/sdk/screening'),
          import('@attune/sdk/questionnaires/needs-screening'),
        ]);
        questionnaire = needsScreening;
        const result = ScreeningRecordSchema.safeParse(parsed);
        if (!result.success)
          return fail('screening-file', 'The file is not a screening record Attune can read');
        screening = result.data;
        done('The screening record is open.', 'letter-heading');
      });
    });
    return h(
      'section',
      { 'aria-labelledby': 'letter-heading' },
      h(
        'h2',
        { class: 'govuk-heading-l', id: 'letter-heading', tabindex: '-1' },
        'Referral letter',
      ),
      here && !screening
        ? h(
            'button',
            {
              type: 'button',
              class: 'govuk-button govuk-button--secondary',
              'data-testid': 'use-case-screening',
              onclick: () => void useCaseScreening(here),
            },
            `Use the screening in ${here.reference}’s case`,
          )
        : null,
      h(
        'div',
        { class: `govuk-form-group${error('screening-file') ? ' govuk-form-group--error' : ''}` },
        h(
          'label',
          { class: 'govuk-label govuk-label--s', for: 'screening-file' },
          'Open the screening record',
        ),
        h(
          'div',
          { class: 'govuk-hint', id: 'screening-file-hint' },
          screening
            ? 'A screening record is open. Choose another to change it.'
            : 'It ends in .json. It is read on this device only.',
        ),
        errorMessage('screening-file', error('screening-file')),
        file,
      ),
      form(
        'letter-form',
        (data) => {
          if (!screening) return fail('screening-file', 'Open the screening record first');
          const result = referralLetter({
            referral: actor.getSnapshot().context.record,
            screening,
            questionnaire: questionnaire!,
            consent,
            today: day,
            examples: str(data, 'examples').split('\n'),
            includeAnswers: data.get('includeAnswers') === 'yes',
          });
          if (!result.ok) return fail('examples', result.error);
          letter = result.letter;
          done('The letter is ready below.', 'letter-title');
        },
        textarea('examples', 'Everyday examples, in the person’s own words', {
          hint: 'Type them with the person, one to a line. For example: “I leave letters in a drawer.”',
          error: error('examples'),
          rows: 4,
        }),
        checkboxes([
          {
            name: 'includeAnswers',
            label: 'Include the screening answers',
            checked: false,
            hint: 'Only if the person wants the service to see every answer.',
          },
        ]),
        button('Make the letter', { 'data-testid': 'make-letter' }),
      ),
      letter
        ? h(
            'div',
            {},
            h(
              'article',
              {
                class: 'attune-letter',
                'data-testid': 'letter',
                'data-print': 'letter',
                'aria-labelledby': 'letter-title',
              },
              h(
                'h3',
                { class: 'govuk-heading-m', id: 'letter-title', tabindex: '-1' },
                letter.title,
              ),
              here
                ? h(
                    'p',
                    { class: 'govuk-body', 'data-testid': 'letter-reference' },
                    `Case reference: ${here.reference}`,
                  )
                : null,
              letter.sections.map((s) => [
                h('h4', { class: 'govuk-heading-s' }, s.heading),
                s.lines.map((l) => h('p', { class: 'govuk-body' }, l)),
              ]),
            ),
            h(
              'div',
              { class: 'govuk-button-group' },
              h(
                'button',
                {
                  type: 'button',
                  class: 'govuk-button',
                  onclick: () => printOnly(root.querySelector('[data-print=letter]')!),
                },
                'Print the letter',
              ),
              h(
                'button',
                {
                  type: 'button',
                  class: 'govuk-button govuk-button--secondary',
                  onclick: () =>
                    void navigator.clipboard
                      ?.writeText(
                        `${here ? `Case reference: ${here.reference}\n\n` : ''}${letterText(letter!)}`,
                      )
                      .then(
                        () => done('The letter is copied.', 'letter-title'),
                        () =>
                          fail(
                            'examples',
                            'Copying is blocked in this browser: select the letter and copy it instead',
                          ),
                      ),
                },
                'Copy the letter',
              ),
            ),
          )
        : null,
    );
  }

  function savingSection(): Node {
    const file = h('input', {
      class: 'govuk-file-upload',
      id: 'referral-file',
      type: 'file',
      accept: '.json,application/json',
    }) as HTMLInputElement;
    file.addEventListener('change', () => {
      void file.files?.[0]?.text().then((text) => {
        let saved: { referral?: unknown; consent?: unknown } = {};
        try {
          saved = JSON.parse(text);
        } catch {
          /* not JSON */
        }
        const restored = restoreReferral(saved.referral, day);
        const c = ConsentToShareSchema.safeParse(saved.consent);
        if (!restored.ok || !c.success)
          return fail(
            'referral-file',
            restored.ok ? 'The consent in this file cannot be read' : restored.error,
          );
        actor.stop();
        actor = restored.actor;
        consent = c.data;
        letter = null;
        done('The saved referral is open.', 'status-heading');
      });
    });
    return h(
      'section',
      { 'aria-labelledby': 'save-heading' },
      h('h2', { class: 'govuk-heading-l', id: 'save-heading' }, 'Keep the referral'),
      h(
        'p',
        { class: 'govuk-body' },
        'Download the referral and the consent together to carry on later. Nothing is sent anywhere.',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'govuk-button govuk-button--secondary',
          'data-testid': 'download-referral',
          onclick: () =>
            downloadJson(
              {
                referral: actor.getSnapshot().context.record,
                consent,
                sharing: consentOn(consent, day),
              },
              `referral-${day}.json`,
            ),
        },
        'Download the referral',
      ),
      h(
        'div',
        { class: `govuk-form-group${error('referral-file') ? ' govuk-form-group--error' : ''}` },
        h(
          'label',
          { class: 'govuk-label govuk-label--s', for: 'referral-file' },
          'Carry on with a referral file',
        ),
        errorMessage('referral-file', error('referral-file')),
        file,
      ),
    );
  }

  /** Inside a case, a referral once sent is one entry in the case, updated as it moves on. */
  function saveToCase() {
    const record = actor.getSnapshot().context.record;
    const json = JSON.stringify(record);
    if (!here || record.status === 'preparing' || json === savedToCase) return;
    savedToCase = json;
    void here.add('referral', { kind: 'referral-record', record });
  }

  /** The screening for the letter, from the case rather than a file. */
  async function useCaseScreening(inCase: CaseHere) {
    const c = await inCase.read();
    const latest = c.entries.filter((e) => e.kind === 'screening').at(-1);
    if (latest?.kind !== 'screening')
      return fail('screening-file', `There is no screening in ${inCase.reference}’s case yet`);
    questionnaire = (await import('@attune/sdk/questionnaires/needs-screening')).needsScreening;
    screening = latest.record;
    done('The screening in the case is open.', 'letter-heading');
  }

  function render() {
    saveToCase();
    root.dataset.baseTitle ??= document.title;
    document.title = `${problems.length ? 'Error: ' : ''}${root.dataset.baseTitle}`;
    root.replaceChildren(
      errorSummary(problems) ?? '',
      h('span', { class: 'govuk-caption-l' }, 'Follow-up'),
      h('h1', { class: 'govuk-heading-xl' }, 'Record a referral'),
      h(
        'p',
        { class: 'govuk-body' },
        'For a person who wants an assessment or support: where the referral went, what happened, and the letter. Screening is not diagnosis; the letter says so.',
      ),
      h(
        'h2',
        { class: 'govuk-heading-l', id: 'status-heading', tabindex: '-1' },
        'Where the referral stands',
      ),
      statusList(),
      nextStep() ?? '',
      consentSection(),
      letterSection(),
      savingSection(),
      h('div', { class: 'govuk-visually-hidden', role: 'status', 'data-testid': 'announce' }, said),
    );
    if (problems.length) root.querySelector<HTMLElement>('.govuk-error-summary')?.focus();
    else if (focus) root.querySelector<HTMLElement>(`#${focus}`)?.focus();
    focus = null;
  }

  render();
}
