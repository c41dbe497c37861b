import { icsCalendar, type IcsEvent } from '../common/ics.js';
import type { MentoringContext } from './plan-machine.js';
import type { MentoringPlanRecord } from './record.js';

type PlanForCalendar = Pick<
  MentoringContext | MentoringPlanRecord,
  'nextMeeting' | 'mentor' | 'goals' | 'agreedAt' | 'check'
>;

// FNV-1a: a small, stable hash, so the same plan gives the same UIDs on any device and a phone
// updates an event it already has instead of adding a copy. Not for secrecy.
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The events a plan puts in the person's calendar: the next meeting, and each step not yet done. */
export function mentoringCalendarEvents(plan: PlanForCalendar): IcsEvent[] {
  // What the plan was agreed from stays the same for its life; it makes UIDs this plan's own.
  const seed = `${plan.agreedAt ?? ''}|${plan.check?.completedAt ?? ''}`;
  const events: IcsEvent[] = [];
  const m = plan.nextMeeting;
  if (m) {
    events.push({
      uid: `attune-meeting-${fnv1a(`${seed}|${m.date}`)}@attune`,
      summary: plan.mentor ? `Meet ${plan.mentor.name} (mentor)` : 'Meet your mentor',
      description: plan.mentor
        ? `Your mentor: ${plan.mentor.name}. Contact: ${plan.mentor.contact}.`
        : null,
      location: m.place,
      date: m.date,
      time: m.time,
    });
  }
  plan.goals.forEach((g, gi) =>
    g.steps.forEach((s, si) => {
      if (s.status === 'done') return;
      events.push({
        uid: `attune-step-${fnv1a(`${seed}|${gi}|${si}|${s.text}`)}@attune`,
        summary: `Step: ${s.text}`,
        description: `For your goal: ${g.title}`,
        date: s.by,
      });
    }),
  );
  return events;
}

/**
 * The plan's dates as an iCalendar file the person can open on their phone: the next meeting at its
 * local time (or all day), and each step not yet done as an all-day event on its date. `now` is when
 * the file is made (ISO date-time), written as DTSTAMP; the function reads no clock.
 */
export function mentoringCalendar(plan: PlanForCalendar, options: { now: string }): string {
  return icsCalendar(mentoringCalendarEvents(plan), {
    now: options.now,
    productId: '-//Attune//Mentoring plan//EN',
  });
}
