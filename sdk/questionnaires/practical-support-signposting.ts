import * as z from 'zod/mini';
import data from './practical-support-signposting.json' with { type: 'json' };
import type { NeedsProfile } from '../questionnaire/scoring.js';
import { firstChoiceArea } from './practical-support-ids.js';

/**
 * A source behind a signposting step: a page or law checked by hand on the date `checked`. `year`
 * is the year the page gives for itself, or null when it gives none (many service pages carry no
 * date). Each is also an entry in Attune's bibliography with the same id, which says what the
 * source supports; a content test holds the two equal, since the SDK cannot read `content/`.
 */
export const SignpostSourceSchema = /* @__PURE__ */ z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  title: z.string().check(z.minLength(1)),
  publisher: z.string().check(z.minLength(1)),
  year: z.nullable(z.number().check(z.int(), z.gte(1970), z.lte(2100))),
  url: z.url(),
  checked: z.iso.date(),
});

/**
 * One thing to do next, in plain English, with the ids of the sources for any fact, number or
 * point of law in it, and an Easy Read line where the person is the one to act on it.
 */
export const SignpostStepSchema = /* @__PURE__ */ z.strictObject({
  text: z.string().check(z.minLength(10), z.maxLength(500)),
  easyRead: z.optional(z.string().check(z.minLength(5), z.maxLength(120))),
  sources: z.array(z.string()),
});

/**
 * What to do next for each area of the practical-support check (England), the numbers a mentor
 * may need on the day whatever the check found (`always`), and the sources behind them.
 */
export const SignpostingSchema = /* @__PURE__ */ z.strictObject({
  sources: z.array(SignpostSourceSchema),
  areas: z.array(
    z.strictObject({ area: z.string(), next: z.array(SignpostStepSchema).check(z.minLength(1)) }),
  ),
  always: z.array(SignpostStepSchema),
});
/** The signposting data, as `SignpostingSchema` checks it. */
export type Signposting = z.output<typeof SignpostingSchema>;
/** A source, as `SignpostSourceSchema` checks it. */
export type SignpostSource = z.output<typeof SignpostSourceSchema>;

/**
 * Signposting for the practical-support check: for each area, what a mentor can do next, with UK
 * (England) specifics such as basic bank accounts and the ID banks take, the duty to refer, GP
 * registration without ID, rehabilitation periods and DBS filtering, prison-leaver benefits, free
 * debt advice, Breathing Space and no recourse to public funds; and helplines for the day. Every
 * fact, phone number or point of law names its source.
 */
export const practicalSupportSignposting: Signposting = SignpostingSchema.parse(data);

/** A step with its sources written out, ready for a page to show. */
export interface ShownStep {
  text: string;
  easyRead: string | null;
  sources: SignpostSource[];
}

/** One area's next steps with their sources written out, ready for a page to show. */
export interface AreaSignposts {
  area: string;
  level: 'some' | 'strong' | null;
  next: ShownStep[];
}

const shown = (signposting: Signposting) => {
  const byId = new Map(signposting.sources.map((s) => [s.id, s]));
  return (step: Signposting['always'][number]): ShownStep => ({
    text: step.text,
    easyRead: step.easyRead ?? null,
    sources: step.sources.map((id) => byId.get(id)!),
  });
};

/** The numbers a mentor may need on the day, shown whatever the check found. */
export function alwaysSignposts(
  signposting: Signposting = practicalSupportSignposting,
): ShownStep[] {
  return signposting.always.map(shown(signposting));
}

/**
 * The signposting a check's result calls for: each area at 'some' or 'strong', big barriers first,
 * plus the area the person wants to sort first at the top even if the check found no barrier.
 */
export function signpostsFor(
  check: { profile: NeedsProfile; answers: Record<string, unknown> },
  signposting: Signposting = practicalSupportSignposting,
): AreaSignposts[] {
  const level = new Map(check.profile.domains.map((d) => [d.domain, d.level]));
  const rank = (a: string) => (level.get(a) === 'strong' ? 0 : level.get(a) === 'some' ? 1 : 2);
  const first = firstChoiceArea(check.answers);
  const areas = signposting.areas
    .filter((a) => a.area === first || rank(a.area) < 2)
    .sort((a, b) => (a.area === first ? -1 : b.area === first ? 1 : rank(a.area) - rank(b.area)));
  const show = shown(signposting);
  return areas.map((a) => {
    const l = level.get(a.area);
    return {
      area: a.area,
      level: l === 'some' || l === 'strong' ? l : null,
      next: a.next.map(show),
    };
  });
}
