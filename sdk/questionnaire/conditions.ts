import type { Answers, Condition } from './schema.js';

/** How much need a domain shows: none, some or strong; unknown when every question for it was skipped. */
export type DomainLevel = 'none' | 'some' | 'strong' | 'unknown';
const rank: Record<DomainLevel, number> = { unknown: -1, none: 0, some: 1, strong: 2 };

/**
 * Evaluates a condition against answers and, for referral rules, domain levels.
 * A skipped or missing answer never satisfies `equals` or `includes`.
 */
export function evaluateCondition(
  condition: Condition,
  answers: Answers,
  levels: Readonly<Record<string, DomainLevel>> = {},
): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, answers, levels));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, answers, levels));
  if ('not' in condition) return !evaluateCondition(condition.not, answers, levels);
  if ('domain' in condition)
    return rank[levels[condition.domain] ?? 'unknown'] >= rank[condition.atLeast];
  const value = answers[condition.item];
  if ('answered' in condition)
    return (value !== undefined && value !== null) === condition.answered;
  if ('equals' in condition) return value === condition.equals;
  return Array.isArray(value) && value.includes(condition.includes);
}

/** Every leaf of a condition, for validation. */
export function conditionLeaves(condition: Condition): Condition[] {
  if ('all' in condition) return condition.all.flatMap(conditionLeaves);
  if ('any' in condition) return condition.any.flatMap(conditionLeaves);
  if ('not' in condition) return conditionLeaves(condition.not);
  return [condition];
}
