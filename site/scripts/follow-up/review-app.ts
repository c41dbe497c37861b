import { createActor, type Actor } from 'xstate';
import {
  ConsentToShareSchema,
  createReviewMachine,
  emptyConsent,
  sharingStatement,
  type ConsentToShare,
  HELPED,
  HELPED_WORDS,
  IN_PLACE,
  IN_PLACE_WORDS,
  NEXT_STEP,
  NEXT_STEP_WORDS,
  WHY_NOT,
  WHY_NOT_WORDS,
  type ReviewAnswer,
  type ReviewError,
  type ReviewMachine,
} from '@attune/sdk/follow-up';
import type { AdjustmentPlan } from '@attune/sdk/adjustments';
import { keptAdjustmentPlan, parseAdjustmentPlan } from '../adjustment-plan';
import { longDate } from '../dates';
import { downloadJson, h, linkButton } from '../screening/dom';
import { keys, write } from '../storage';
import type { CaseHere } from '../cases/here';
import {
  button,
  dateFrom,
  dateInput,
  drawStep,
  errorMessage,
  heading,
  monthsAfter,
  para,
  radios,
  readJsonFile,
  textarea,
  textInput,
  today,
  type Problem,
} from './form';

// Where each of the machine's refusals is shown: the field the error summary links to.
const FIELD: Record<ReviewError['code'], string> = {
  'in-place': 'inPlace',
  'why-not': 'whyNot',
  helped: 'helped',
  next: 'next',
  'change-to': 'changeTo',
  'too-long': 'personWords',
  'early-reason': 'because',
  appointments: 'kept',
  'next-review': 'nextReviewOn',
};
const words = <T extends string>(ids: readonly T[], w: Record<T, string>) =>
  ids.map((id) => [id, w[id]] as const);

/**
 * The plan review page: choose the plan, then one step per state of the SDK's review machine.
 * Inside a case (`here`) it reviews the case's latest plan and seals the review and the updated
 * plan into the case; nothing is kept on the device in plain.
 */
export function startReview(root: HTMLElement, here: CaseHere | null = null): void {
  let actor: Actor<ReviewMachine> | null = null;
  let current: AdjustmentPlan | null = null;
  let fromDevice = false;
  // What was typed in the last refused form, so a redraw with the error never loses it.
  let typed: Partial<ReviewAnswer> & Record<string, unknown> = {};
  let saved = false;
  let openProblem: string | null = null;
  // The person's consent to share, opened from the referral page's file; until then, none.
  let consent: ConsentToShare = emptyConsent();
  let consentProblem: string | null = null;

  const begin = (plan: AdjustmentPlan, device: boolean) => {
    fromDevice = device;
    current = plan;
    actor = createActor(createReviewMachine(plan), { input: { today: today() } });
    actor.subscribe(() => render());
    actor.start();
    render();
  };

  function render() {
    if (!actor) return drawOpen();
    const snap = actor.getSnapshot();
    const c = snap.context;
    const problems: Problem[] = c.error
      ? [{ field: FIELD[c.error.code], message: c.error.message }]
      : [];
    const error = (field: string) => problems.find((p) => p.field === field)?.message;
    const send = actor.send.bind(actor);
    const form = (onSubmit: (data: FormData) => void, ...children: unknown[]) =>
      h(
        'form',
        {
          novalidate: true,
          onsubmit: (e: Event) => {
            e.preventDefault();
            onSubmit(new FormData(e.target as HTMLFormElement));
          },
        },
        ...(children as Node[]),
      );
    const value = (data: FormData, name: string) => {
      const v = data.get(name);
      return typeof v === 'string' ? v : undefined;
    };

    switch (snap.value) {
      case 'notDue':
        return drawStep(root, {
          id: 'not-due',
          title: 'Not due for review yet',
          problems,
          body: [
            heading('This plan is not due for review yet', 'Plan review'),
            para(`Its review date is ${longDate(current!.reviewDate)}.`),
            form(
              (data) => send({ type: 'START_EARLY', because: value(data, 'because') ?? '' }),
              textarea('because', 'Why review it now?', {
                hint: 'For example, the person has moved, or an adjustment is clearly not working.',
                error: error('because'),
              }),
              button('Review it now'),
            ),
          ],
        });
      case 'reviewing': {
        const item = c.items[c.index]!;
        const before = (c.error ? typed : (c.answers[c.index] ?? {})) as Record<string, unknown>;
        const prior = (k: string) =>
          typeof before[k] === 'string' ? (before[k] as string) : undefined;
        const inPlace = prior('inPlace');
        const next = prior('next');
        const body = form(
          (data) => {
            typed = Object.fromEntries(
              ['inPlace', 'whyNot', 'helped', 'personWords', 'practitionerView', 'next', 'changeTo']
                .map((k) => [k, value(data, k)])
                .filter(([, v]) => v !== undefined && v !== ''),
            );
            // Answers that do not apply are not sent: "why not" only when it was not in place.
            if (typed.inPlace !== 'no') delete typed.whyNot;
            if (typed.inPlace === 'no') delete typed.helped;
            if (typed.next !== 'change') delete typed.changeTo;
            send({ type: 'RECORD', ...(typed as ReviewAnswer) });
          },
          radios('inPlace', 'Was it put in place?', words(IN_PLACE, IN_PLACE_WORDS), {
            value: inPlace,
            error: error('inPlace'),
          }),
          radios('whyNot', 'Why was it not put in place?', words(WHY_NOT, WHY_NOT_WORDS), {
            value: prior('whyNot'),
            error: error('whyNot'),
            hidden: inPlace !== 'no',
          }),
          radios('helped', 'Did it help? Ask the person', words(HELPED, HELPED_WORDS), {
            hint: 'Read the three answers out. Let them choose.',
            value: prior('helped'),
            error: error('helped'),
            hidden: inPlace === undefined || inPlace === 'no',
          }),
          textarea('personWords', 'What did the person say about it? Use their words', {
            value: prior('personWords'),
            error: error('personWords'),
          }),
          textarea('practitionerView', 'Your view (optional)', {
            value: prior('practitionerView'),
          }),
          radios('next', 'What happens next?', words(NEXT_STEP, NEXT_STEP_WORDS), {
            value: next,
            error: error('next'),
          }),
          textInput('changeTo', 'Change it to what?', {
            value: prior('changeTo'),
            error: error('changeTo'),
            hidden: next !== 'change',
          }),
          button('Continue', { 'data-testid': 'continue' }),
        );
        // Show only the questions that apply, as the answers are chosen.
        body.addEventListener('change', (e) => {
          const t = e.target as HTMLInputElement;
          const show = (name: string, on: boolean) =>
            ((body.querySelector(`[data-group=${name}]`) as HTMLElement).hidden = !on);
          if (t.name === 'inPlace') {
            show('whyNot', t.value === 'no');
            show('helped', t.value !== 'no');
          }
          if (t.name === 'next') show('changeTo', t.value === 'change');
        });
        return drawStep(root, {
          id: `item-${c.index}`,
          title: item.title,
          problems,
          body: [
            c.index > 0
              ? linkButton(
                  'Back',
                  () => send({ type: 'BACK' }),
                  'govuk-back-link attune-link-button',
                )
              : null,
            heading(item.title, `Adjustment ${c.index + 1} of ${c.items.length}`),
            body,
          ],
        });
      }
      case 'appointments':
        return drawStep(root, {
          id: 'appointments',
          title: 'Appointments since the plan started',
          problems,
          body: [
            c.items.length
              ? linkButton(
                  'Back',
                  () => send({ type: 'BACK' }),
                  'govuk-back-link attune-link-button',
                )
              : null,
            heading('Appointments since the plan started', 'Plan review'),
            para(
              'If you have the numbers, they show whether appointments changed. You can skip this.',
            ),
            form(
              (data) =>
                data.get('skip')
                  ? send({ type: 'SKIP_APPOINTMENTS' })
                  : send({
                      type: 'APPOINTMENTS',
                      kept: Number(value(data, 'kept') || NaN),
                      missed: Number(value(data, 'missed') || NaN),
                    }),
              textInput('kept', 'Appointments kept', {
                width: 3,
                numeric: true,
                error: error('kept'),
              }),
              textInput('missed', 'Appointments missed', { width: 3, numeric: true }),
              h(
                'div',
                { class: 'govuk-button-group' },
                button('Continue'),
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'govuk-button govuk-button--secondary',
                    onclick: () => send({ type: 'SKIP_APPOINTMENTS' }),
                  },
                  'Skip this',
                ),
              ),
            ),
          ],
        });
      case 'confirming': {
        const suggested = monthsAfter(c.today, 3);
        return drawStep(root, {
          id: 'confirming',
          title: 'Check and finish the review',
          problems,
          body: [
            linkButton('Back', () => send({ type: 'BACK' }), 'govuk-back-link attune-link-button'),
            heading('Check and finish the review', 'Plan review'),
            h(
              'dl',
              { class: 'govuk-summary-list', 'data-testid': 'review-summary' },
              c.items.map((item, i) => {
                const a = c.answers[i]!;
                return h(
                  'div',
                  { class: 'govuk-summary-list__row' },
                  h('dt', { class: 'govuk-summary-list__key' }, item.title),
                  h(
                    'dd',
                    { class: 'govuk-summary-list__value' },
                    `In place: ${IN_PLACE_WORDS[a.inPlace]}. `,
                    a.helped ? `${HELPED_WORDS[a.helped]}. ` : `${WHY_NOT_WORDS[a.whyNot!]}. `,
                    `${NEXT_STEP_WORDS[a.next]}${a.changeTo ? `: ${a.changeTo}` : ''}.`,
                  ),
                );
              }),
            ),
            form(
              (data) => send({ type: 'CONFIRM', nextReviewOn: dateFrom(data, 'nextReviewOn') }),
              dateInput('nextReviewOn', 'When is the next review?', {
                value: suggested,
                error: error('nextReviewOn'),
              }),
              button('Finish the review', { 'data-testid': 'finish' }),
            ),
          ],
        });
      }
      case 'complete': {
        const { review, plan } = snap.output!;
        const sharing = sharingStatement(consent, today());
        // Saved again when the consent opened changes, so the case holds what the file says.
        if (here) {
          void here.add('review', { kind: 'review', record: { ...review, sharing } });
          void here.add('updated-plan', { kind: 'adjustment-plan', record: plan });
        }
        return drawStep(root, {
          id: 'complete',
          title: 'Review finished',
          problems: consentProblem ? [{ field: 'consent-file', message: consentProblem }] : [],
          body: [
            h(
              'div',
              { class: 'govuk-panel govuk-panel--confirmation' },
              h('h1', { class: 'govuk-panel__title', tabindex: '-1' }, 'Review finished'),
              h(
                'div',
                { class: 'govuk-panel__body' },
                `Next review: ${longDate(review.nextReviewOn)}`,
              ),
            ),
            sharingSection(sharing),
            para(
              'Download the review for the person’s record, and the updated plan to carry on with it. Nothing is sent anywhere.',
            ),
            h(
              'div',
              { class: 'govuk-button-group' },
              h(
                'button',
                {
                  type: 'button',
                  class: 'govuk-button',
                  'data-testid': 'download-review',
                  onclick: () =>
                    downloadJson({ ...review, sharing }, `plan-review-${review.reviewedOn}.json`),
                },
                'Download the review',
              ),
              h(
                'button',
                {
                  type: 'button',
                  class: 'govuk-button govuk-button--secondary',
                  'data-testid': 'download-updated-plan',
                  onclick: () =>
                    downloadJson({ ...plan, sharing }, `adjustment-plan-${review.reviewedOn}.json`),
                },
                'Download the updated plan',
              ),
            ),
            fromDevice
              ? h(
                  'div',
                  {},
                  saved
                    ? h(
                        'p',
                        { class: 'govuk-body', role: 'status' },
                        'The updated plan is kept on this device.',
                      )
                    : h(
                        'button',
                        {
                          type: 'button',
                          class: 'govuk-button govuk-button--secondary',
                          onclick: () => {
                            saved = write(keys.adjustmentPlan, JSON.stringify(plan));
                            render();
                          },
                        },
                        'Keep the updated plan on this device',
                      ),
                )
              : null,
          ],
        });
      }
      case 'cancelled':
        actor = null;
        return drawOpen();
      default:
        return;
    }
  }

  /**
   * What the person agreed to share with whom, as the downloaded review will say it, and where to
   * open their consent record (kept with the referral) to bring it up to date.
   */
  function sharingSection(sharing: string[]) {
    const input = h('input', {
      class: `govuk-file-upload${consentProblem ? ' govuk-file-upload--error' : ''}`,
      id: 'consent-file',
      type: 'file',
      accept: '.json,application/json',
      'aria-describedby': `consent-file-hint${consentProblem ? ' consent-file-error' : ''}`,
    }) as HTMLInputElement;
    input.addEventListener('change', () => {
      void readJsonFile(input).then((value) => {
        // The referral page's file holds the consent beside the referral; a bare record is read too.
        const candidate =
          value && typeof value === 'object' && 'consent' in value
            ? (value as { consent: unknown }).consent
            : value;
        const parsed = ConsentToShareSchema.safeParse(candidate);
        consentProblem = parsed.success
          ? null
          : 'The file holds no consent to share Attune can read. Choose the referral file from the referral page.';
        if (parsed.success) consent = parsed.data;
        render();
      });
    });
    return h(
      'section',
      { 'aria-labelledby': 'sharing-heading' },
      h('h2', { class: 'govuk-heading-m', id: 'sharing-heading' }, 'Consent to share'),
      h(
        'div',
        { class: 'govuk-inset-text', 'data-testid': 'review-sharing' },
        sharing.map((line) => para(line)),
      ),
      h(
        'div',
        { class: `govuk-form-group${consentProblem ? ' govuk-form-group--error' : ''}` },
        h(
          'label',
          { class: 'govuk-label govuk-label--s', for: 'consent-file' },
          'Open the person’s consent to share (optional)',
        ),
        h(
          'div',
          { class: 'govuk-hint', id: 'consent-file-hint' },
          'The referral file from the referral page holds it. The downloaded review says what it says. It is read on this device only.',
        ),
        errorMessage('consent-file', consentProblem),
        input,
      ),
    );
  }

  /** Starts on the latest plan agreed in the case, carrying the case reference. */
  async function reviewCasePlan(inCase: CaseHere) {
    const c = await inCase.read();
    const latest = c.entries.filter((e) => e.kind === 'adjustment-plan').at(-1);
    if (latest?.kind !== 'adjustment-plan') {
      openProblem = `There is no agreed plan in ${inCase.reference}’s case yet. Agree one after a screening in the case.`;
      return drawOpen();
    }
    begin({ ...latest.record, reference: inCase.reference }, false);
  }

  function drawOpen() {
    if (here) return drawCaseOpen(here);
    const kept = keptAdjustmentPlan();
    const file = h('input', {
      class: 'govuk-file-upload',
      id: 'plan-file',
      type: 'file',
      accept: '.json,application/json',
      'aria-describedby': 'plan-file-hint',
    }) as HTMLInputElement;
    file.addEventListener('change', () => {
      void file.files?.[0]?.text().then((text) => {
        const plan = parseAdjustmentPlan(text);
        if (plan) return begin(plan, false);
        openProblem =
          'The file is not an adjustment plan Attune can read. Choose the plan’s .json file.';
        drawOpen();
      });
    });
    drawStep(root, {
      id: 'open',
      title: 'Review an adjustment plan',
      problems: openProblem ? [{ field: 'plan-file', message: openProblem }] : [],
      body: [
        heading('Review an adjustment plan', 'Follow-up'),
        para(
          'At or after the plan’s review date, go through each agreed adjustment with the person: was it put in place, did it help, and what next.',
        ),
        kept
          ? h(
              'div',
              { class: 'govuk-inset-text' },
              para(
                `A plan is kept on this device. Its review date is ${longDate(kept.reviewDate)}.`,
              ),
              h(
                'button',
                {
                  type: 'button',
                  class: 'govuk-button',
                  'data-testid': 'review-kept',
                  onclick: () => begin(kept, true),
                },
                'Review this plan',
              ),
            )
          : null,
        h(
          'div',
          { class: `govuk-form-group${openProblem ? ' govuk-form-group--error' : ''}` },
          h('label', { class: 'govuk-label govuk-label--s', for: 'plan-file' }, 'Open a plan file'),
          h(
            'div',
            { class: 'govuk-hint', id: 'plan-file-hint' },
            'It ends in .json. It is read on this device only.',
          ),
          errorMessage('plan-file', openProblem),
          file,
        ),
      ],
    });
  }

  function drawCaseOpen(c: CaseHere) {
    drawStep(root, {
      id: 'open',
      title: 'Review an adjustment plan',
      problems: openProblem ? [{ field: 'review-case-plan', message: openProblem }] : [],
      body: [
        heading('Review an adjustment plan', 'Follow-up'),
        para(
          `Review the latest plan agreed in ${c.reference}’s case with the person: was each adjustment put in place, did it help, and what next. The review and the updated plan are saved into the case.`,
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'govuk-button',
            id: 'review-case-plan',
            'data-testid': 'review-case-plan',
            onclick: () => void reviewCasePlan(c),
          },
          'Review the plan in this case',
        ),
      ],
    });
  }

  render();
}
