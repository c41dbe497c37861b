import * as z from 'zod/mini';
import data from './thinking-areas.json' with { type: 'json' };

/**
 * An area a goal about the person's thinking and decisions can be about, in the shape of the
 * practical-support check's areas (id, label, description) with an Easy Read description, since
 * the person chooses it with the mentor.
 */
export const ThinkingAreaSchema = /* @__PURE__ */ z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  label: z.string().check(z.minLength(1), z.maxLength(60)),
  description: z.string().check(z.minLength(1)),
  easyRead: z.string().check(z.minLength(1)),
});
/** A thinking area, as `ThinkingAreaSchema` checks it. */
export type ThinkingArea = z.output<typeof ThinkingAreaSchema>;

/**
 * The mentoring service's own headings for thinking and decisions (limiting beliefs, decision
 * making, resilience, motivation), beside the check's practical areas. A goal in one of them is a
 * thinking goal.
 */
export const THINKING_AREAS: readonly ThinkingArea[] = /* @__PURE__ */ z
  .array(ThinkingAreaSchema)
  .check(z.minLength(1))
  .parse(data);

/** The thinking area with this id, or undefined if `id` is not one. */
export const thinkingArea = (id: string): ThinkingArea | undefined =>
  THINKING_AREAS.find((a) => a.id === id);
