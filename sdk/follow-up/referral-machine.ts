import { assign, createActor, setup } from 'xstate';
import { isCalendarDate } from '../common/calendar-date.js';
import type { FlowError } from '../common/flow-error.js';
import { dayInWords } from './dates.js';
import { RECIPIENT_IDS, type RecipientId } from './recipients.js';
import {
  REFERRAL_SCHEMA_VERSION,
  REFERRAL_STATUS_WORDS,
  ReferralRecordSchema,
  type ReferralRecord,
  type ReferralStatus,
} from './referral-record.js';

/** Events the referral machine accepts, each dated with the day it happened. */
export type ReferralEvent =
  | {
      type: 'SEND';
      to: RecipientId;
      otherService?: string;
      areas?: string[];
      consentOn: string;
      on: string;
    }
  | { type: 'ACCEPT'; on: string }
  | { type: 'NOT_ACCEPTED'; on: string }
  | { type: 'ASSESS'; on: string }
  | { type: 'OUTCOME'; text: string; personsWords: boolean }
  | { type: 'WITHDRAW'; on: string };

/** Today, so no step can be dated in the future, and the host's reference. */
export interface ReferralInput {
  today: string;
  reference?: string | null;
}

/**
 * Why an event was refused, in the one shape every Attune machine uses; `field` names the
 * event's field (`to`, `otherService`, `consentOn`, `on`, `text`, `personsWords`) when there is one.
 * `not-now` is an event the referral cannot take where it stands (assessed before it is sent).
 */
export type ReferralError = FlowError<
  | 'recipient'
  | 'other-service'
  | 'areas'
  | 'consent-date'
  | 'date'
  | 'outcome'
  | 'persons-words'
  | 'not-now'
>;

/** The referral as it stands, and why the last event was refused. */
export interface ReferralContext {
  today: string;
  record: ReferralRecord;
  /** Every problem with the last refused event, all at once, so a form can show them together. */
  errors: readonly ReferralError[];
  /** The first of `errors`, or null. */
  error: ReferralError | null;
}

const failed = (errors: ReferralError[]) => ({ errors, error: errors[0] ?? null });
const ok = { errors: [], error: null };
const problem = (code: ReferralError['code'], message: string, field?: string): ReferralError =>
  field ? { code, message, field } : { code, message };

const blank = (reference: string | null): ReferralRecord => ({
  schemaVersion: REFERRAL_SCHEMA_VERSION,
  kind: 'attune.referral',
  reference,
  to: 'gp',
  otherService: null,
  areas: [],
  consentOn: null,
  status: 'preparing',
  sentOn: null,
  acceptedOn: null,
  assessedOn: null,
  closedOn: null,
  outcome: null,
});

/** The last day already recorded, which the next step may not come before. */
const lastDay = (r: ReferralRecord) =>
  [r.consentOn, r.sentOn, r.acceptedOn, r.assessedOn, r.closedOn]
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1) ?? '0000-01-01';

/** What is wrong with the day of a step (accepted, assessed…), if anything. */
export function stepDateErrors(
  record: ReferralRecord,
  today: string,
  on: unknown,
): ReferralError[] {
  const earliest = lastDay(record);
  if (typeof on !== 'string' || !on.replace(/-/g, '').trim())
    return [problem('date', 'Enter the date it happened', 'on')];
  if (!isCalendarDate(on))
    return [problem('date', 'The date must be a real date, like 27 3 2027', 'on')];
  if (on > today) return [problem('date', 'The date cannot be after today', 'on')];
  if (on < earliest)
    return [
      problem(
        'date',
        `The date cannot be before ${dayInWords(earliest)}, the day of the step before it`,
        'on',
      ),
    ];
  return [];
}

const dayErrors = (
  value: unknown,
  today: string,
  code: 'consent-date' | 'date',
  field: string,
  what: string,
): ReferralError[] => {
  if (typeof value !== 'string' || !value.replace(/-/g, '').trim())
    return [problem(code, `Enter the day ${what}`, field)];
  if (!isCalendarDate(value))
    return [problem(code, `The day ${what} must be a real date, like 27 3 2027`, field)];
  if (value > today) return [problem(code, `The day ${what} cannot be after today`, field)];
  return [];
};

/** What is wrong with sending the referral, all at once: where to, and both days. */
export function sendErrors(
  event: Partial<Extract<ReferralEvent, { type: 'SEND' }>>,
  today: string,
) {
  const errors: ReferralError[] = [];
  if (!RECIPIENT_IDS.includes(event.to as RecipientId))
    errors.push(problem('recipient', 'Choose where the referral is going', 'to'));
  else if (
    event.to === 'other' &&
    (typeof event.otherService !== 'string' ||
      event.otherService.trim().length < 2 ||
      event.otherService.trim().length > 80)
  )
    errors.push(
      problem('other-service', 'Name the other service in 2 to 80 characters', 'otherService'),
    );
  if (
    event.areas !== undefined &&
    !(Array.isArray(event.areas) && event.areas.every((a) => typeof a === 'string'))
  )
    errors.push(problem('areas', 'Need areas must be a list of area ids', 'areas'));
  const consent = dayErrors(
    event.consentOn,
    today,
    'consent-date',
    'consentOn',
    'the person agreed to the referral',
  );
  const sent = dayErrors(event.on, today, 'date', 'on', 'the referral was sent');
  errors.push(...consent, ...sent);
  if (!consent.length && !sent.length && event.consentOn! > event.on!)
    errors.push(
      problem(
        'consent-date',
        'The person must agree to the referral on or before the day it is sent',
        'consentOn',
      ),
    );
  return errors;
}

/** What is wrong with an outcome: its words, and whether they are the person's own. */
export function outcomeErrors(event: Partial<Extract<ReferralEvent, { type: 'OUTCOME' }>>) {
  const errors: ReferralError[] = [];
  const text = typeof event.text === 'string' ? event.text.trim() : '';
  if (text.length < 2 || text.length > 1000)
    errors.push(problem('outcome', 'Write the outcome in 2 to 1000 characters', 'text'));
  if (typeof event.personsWords !== 'boolean')
    errors.push(
      problem('persons-words', 'Say whether these are the person’s own words', 'personsWords'),
    );
  return errors;
}

const EVENT_WORDS: Record<string, string> = {
  SEND: 'sent',
  ACCEPT: 'accepted',
  NOT_ACCEPTED: 'not accepted',
  ASSESS: 'assessed',
  WITHDRAW: 'withdrawn',
};

/** Why an event cannot be taken where the referral stands, in words the page can show. */
function notNow(status: ReferralStatus, type: unknown): ReferralError {
  const now = REFERRAL_STATUS_WORDS[status].toLowerCase();
  if (type === 'OUTCOME')
    return problem(
      'not-now',
      `An outcome can be recorded once the referral is assessed; it is ${now}`,
    );
  const words = typeof type === 'string' ? EVENT_WORDS[type] : undefined;
  return problem(
    'not-now',
    words
      ? `The referral cannot be recorded as ${words} now: it is ${now}`
      : `Attune does not know that step: the referral is ${now}`,
  );
}

/**
 * A referral's life: preparing → sent → accepted → assessed, or not accepted, or withdrawn by the
 * person. Each step is dated, never before the step before it and never after today, so a record
 * cannot say "assessed" before "sent". Once assessed, the outcome can be recorded. Every event
 * it cannot take gives errors in context, never silence; once it has ended (not accepted or
 * withdrawn) the actor is done and takes nothing more.
 */
export function createReferralMachine() {
  const dated = ({ context, event }: { context: ReferralContext; event: ReferralEvent }) =>
    stepDateErrors(context.record, context.today, 'on' in event ? event.on : undefined).length ===
    0;
  const step = (
    context: ReferralContext,
    event: ReferralEvent,
    status: ReferralStatus,
    field: 'acceptedOn' | 'assessedOn' | 'closedOn',
  ) => ({
    record: { ...context.record, status, [field]: 'on' in event ? event.on : null },
    ...ok,
  });
  return setup({
    types: {} as {
      context: ReferralContext;
      events: ReferralEvent;
      input: ReferralInput;
      output: ReferralRecord;
    },
    guards: {
      dated,
      validSend: ({ context, event }) =>
        event.type === 'SEND' && sendErrors(event, context.today).length === 0,
      validOutcome: ({ event }) => event.type === 'OUTCOME' && outcomeErrors(event).length === 0,
    },
    actions: {
      send: assign(({ context, event }) => {
        if (event.type !== 'SEND') return {};
        return {
          record: {
            ...context.record,
            to: event.to,
            otherService: event.to === 'other' ? event.otherService!.trim() : null,
            areas: [...(event.areas ?? [])],
            consentOn: event.consentOn,
            status: 'sent' as const,
            sentOn: event.on,
          },
          ...ok,
        };
      }),
      sendError: assign(({ context, event }) =>
        failed(event.type === 'SEND' ? sendErrors(event, context.today) : []),
      ),
      accept: assign(({ context, event }) => step(context, event, 'accepted', 'acceptedOn')),
      assess: assign(({ context, event }) => step(context, event, 'assessed', 'assessedOn')),
      notAccepted: assign(({ context, event }) => step(context, event, 'not-accepted', 'closedOn')),
      withdraw: assign(({ context, event }) => step(context, event, 'withdrawn', 'closedOn')),
      dateError: assign(({ context, event }) =>
        failed(stepDateErrors(context.record, context.today, 'on' in event ? event.on : undefined)),
      ),
      outcome: assign(({ context, event }) =>
        event.type === 'OUTCOME'
          ? {
              record: {
                ...context.record,
                outcome: { text: event.text.trim(), personsWords: event.personsWords },
              },
              ...ok,
            }
          : {},
      ),
      outcomeError: assign(({ event }) =>
        failed(event.type === 'OUTCOME' ? outcomeErrors(event) : []),
      ),
      notNow: assign(({ context, event }) =>
        failed([notNow(context.record.status, (event as { type: unknown }).type)]),
      ),
    },
  }).createMachine({
    id: 'referral',
    context: ({ input }) => {
      if (!isCalendarDate(input?.today))
        throw new TypeError('today must be a date in the form YYYY-MM-DD');
      return { today: input.today, record: blank(input.reference ?? null), ...ok };
    },
    // Any event the state it is in does not take (ASSESS before SEND, a second SEND) lands here.
    on: { '*': { actions: 'notNow' } },
    initial: 'preparing',
    states: {
      preparing: {
        on: {
          SEND: [{ guard: 'validSend', target: 'sent', actions: 'send' }, { actions: 'sendError' }],
          WITHDRAW: [
            { guard: 'dated', target: 'withdrawn', actions: 'withdraw' },
            { actions: 'dateError' },
          ],
        },
      },
      sent: {
        on: {
          ACCEPT: [
            { guard: 'dated', target: 'accepted', actions: 'accept' },
            { actions: 'dateError' },
          ],
          NOT_ACCEPTED: [
            { guard: 'dated', target: 'notAccepted', actions: 'notAccepted' },
            { actions: 'dateError' },
          ],
          WITHDRAW: [
            { guard: 'dated', target: 'withdrawn', actions: 'withdraw' },
            { actions: 'dateError' },
          ],
        },
      },
      accepted: {
        on: {
          ASSESS: [
            { guard: 'dated', target: 'assessed', actions: 'assess' },
            { actions: 'dateError' },
          ],
          WITHDRAW: [
            { guard: 'dated', target: 'withdrawn', actions: 'withdraw' },
            { actions: 'dateError' },
          ],
        },
      },
      assessed: {
        on: {
          OUTCOME: [{ guard: 'validOutcome', actions: 'outcome' }, { actions: 'outcomeError' }],
        },
      },
      notAccepted: { type: 'final' },
      withdrawn: { type: 'final' },
    },
    output: ({ context }) => context.record,
  });
}
/** The machine `createReferralMachine` returns, for typing actors and snapshots. */
export type ReferralMachine = ReturnType<typeof createReferralMachine>;

/** The events that would have made a record, in order. */
function eventsFor(r: ReferralRecord): ReferralEvent[] {
  const events: ReferralEvent[] = [];
  if (r.sentOn !== null)
    events.push({
      type: 'SEND',
      to: r.to,
      ...(r.otherService !== null ? { otherService: r.otherService } : {}),
      areas: r.areas,
      consentOn: r.consentOn ?? '',
      on: r.sentOn,
    });
  if (r.acceptedOn !== null) events.push({ type: 'ACCEPT', on: r.acceptedOn });
  if (r.assessedOn !== null) events.push({ type: 'ASSESS', on: r.assessedOn });
  if (r.outcome) events.push({ type: 'OUTCOME', ...r.outcome });
  if (r.status === 'not-accepted') events.push({ type: 'NOT_ACCEPTED', on: r.closedOn ?? '' });
  if (r.status === 'withdrawn') events.push({ type: 'WITHDRAW', on: r.closedOn ?? '' });
  return events;
}

/**
 * Carries a saved referral on by replaying it through the machine, so the actor is always one
 * the machine could have reached. A record that fails its schema, or that the machine would not
 * have made (assessed before sent, dates out of order or after today), gives an error instead.
 */
export function restoreReferral(
  saved: unknown,
  today: string,
):
  | { ok: true; actor: ReturnType<typeof createActor<ReferralMachine>> }
  | { ok: false; error: string } {
  const parsed = ReferralRecordSchema.safeParse(saved);
  if (!parsed.success) return { ok: false, error: 'This is not a referral record Attune can read' };
  const actor = createActor(createReferralMachine(), {
    input: { today, reference: parsed.data.reference },
  }).start();
  for (const e of eventsFor(parsed.data)) actor.send(e);
  if (JSON.stringify(actor.getSnapshot().context.record) !== JSON.stringify(parsed.data)) {
    actor.stop();
    return { ok: false, error: 'This referral record has steps out of order or in the future' };
  }
  return { ok: true, actor };
}
