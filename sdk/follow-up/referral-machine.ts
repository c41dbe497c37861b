import { assign, createActor, setup } from 'xstate';
import { isCalendarDate } from '../common/calendar-date.js';
import { RECIPIENT_IDS, type RecipientId } from './recipients.js';
import {
  REFERRAL_SCHEMA_VERSION,
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

/** The referral as it stands, and why the last event was refused. */
export interface ReferralContext {
  today: string;
  record: ReferralRecord;
  error: string | null;
}

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

/**
 * A referral's life: preparing → sent → accepted → assessed, or not accepted, or withdrawn by the
 * person. Each step is dated, never before the step before it and never after today, so a record
 * cannot say "assessed" before "sent". Once assessed, the outcome can be recorded.
 */
export function createReferralMachine() {
  const dated = ({ context, event }: { context: ReferralContext; event: ReferralEvent }) =>
    'on' in event &&
    isCalendarDate(event.on) &&
    event.on <= context.today &&
    event.on >= lastDay(context.record);
  const step = (
    context: ReferralContext,
    event: ReferralEvent,
    status: ReferralStatus,
    field: 'acceptedOn' | 'assessedOn' | 'closedOn',
  ) => ({
    record: { ...context.record, status, [field]: 'on' in event ? event.on : null },
    error: null,
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
        event.type === 'SEND' &&
        RECIPIENT_IDS.includes(event.to) &&
        (event.to !== 'other' ||
          (typeof event.otherService === 'string' &&
            event.otherService.trim().length >= 2 &&
            event.otherService.trim().length <= 80)) &&
        (event.areas === undefined ||
          (Array.isArray(event.areas) && event.areas.every((a) => typeof a === 'string'))) &&
        isCalendarDate(event.consentOn) &&
        isCalendarDate(event.on) &&
        event.consentOn <= event.on &&
        event.on <= context.today,
      validOutcome: ({ event }) =>
        event.type === 'OUTCOME' &&
        typeof event.text === 'string' &&
        event.text.trim().length >= 2 &&
        event.text.trim().length <= 1000 &&
        typeof event.personsWords === 'boolean',
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
          error: null,
        };
      }),
      sendError: assign({
        error:
          'Choose where the referral goes, and give the day the person agreed and the day it was sent (not after today, and not before they agreed)',
      }),
      accept: assign(({ context, event }) => step(context, event, 'accepted', 'acceptedOn')),
      assess: assign(({ context, event }) => step(context, event, 'assessed', 'assessedOn')),
      notAccepted: assign(({ context, event }) => step(context, event, 'not-accepted', 'closedOn')),
      withdraw: assign(({ context, event }) => step(context, event, 'withdrawn', 'closedOn')),
      dateError: assign(({ context }) => ({
        error: `Enter a date from ${lastDay(context.record)} to ${context.today}: a step cannot come before the one before it or after today`,
      })),
      outcome: assign(({ context, event }) =>
        event.type === 'OUTCOME'
          ? {
              record: {
                ...context.record,
                outcome: { text: event.text.trim(), personsWords: event.personsWords },
              },
              error: null,
            }
          : {},
      ),
      outcomeError: assign({ error: 'Write the outcome in 2 to 1000 characters' }),
    },
  }).createMachine({
    id: 'referral',
    context: ({ input }) => {
      if (!isCalendarDate(input?.today))
        throw new TypeError('today must be a date in the form YYYY-MM-DD');
      return { today: input.today, record: blank(input.reference ?? null), error: null };
    },
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
