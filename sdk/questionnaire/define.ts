import { conditionLeaves } from './conditions.js';
import { optionsFor, isScored } from './options.js';
import { indexQuestionnaire } from './questionnaire-index.js';
import { QuestionnaireSchema, type Condition, type Item, type Questionnaire } from './schema.js';

/** Where a fault is in a definition, as keys and array positions from the root. */
export type IssuePath = (string | number)[];
/** One fault in a questionnaire definition: where it is and what is wrong. */
export interface DefinitionIssue {
  readonly path: IssuePath;
  readonly message: string;
}

/** Thrown by `defineQuestionnaire`; `issues` lists every fault with its path, not just the first. */
export class QuestionnaireDefinitionError extends Error {
  readonly issues: readonly DefinitionIssue[];
  constructor(issues: readonly DefinitionIssue[]) {
    super(
      `Invalid questionnaire definition (${issues.length} ${issues.length === 1 ? 'fault' : 'faults'}):\n` +
        issues.map((i) => `  - ${formatPath(i.path)}: ${i.message}`).join('\n'),
    );
    this.name = 'QuestionnaireDefinitionError';
    this.issues = issues;
  }
}

/** Writes an issue path as a reader finds it in the JSON, such as `items[3].showIf`. */
export function formatPath(path: IssuePath): string {
  return path.length === 0
    ? '(root)'
    : path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
        .join('')
        .replace(/^\./, '');
}

/** What `checkQuestionnaire` returns: the typed definition, or every fault found. */
export type CheckResult =
  { ok: true; questionnaire: Questionnaire } | { ok: false; issues: DefinitionIssue[] };

/** How deeply `all`, `any` and `not` may nest in one condition. Real definitions use two or three. */
export const MAX_CONDITION_DEPTH = 12;

/**
 * Validates a definition without throwing: first what would stop a schema check from finishing
 * (conditions nested too deep or containing themselves) and keys a parsed copy would lose
 * (`__proto__`), then shape (zod), then the rules that span items.
 */
export function checkQuestionnaire(input: unknown): CheckResult {
  const hostile = hostileShapes(input);
  if (hostile.length) return { ok: false, issues: hostile };
  const parsed = QuestionnaireSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        message: i.message,
      })),
    };
  }
  const issues = crossChecks(parsed.data);
  return issues.length ? { ok: false, issues } : { ok: true, questionnaire: parsed.data };
}

/** Returns the typed definition, or throws a `QuestionnaireDefinitionError` naming every fault. */
export function defineQuestionnaire(input: unknown): Questionnaire {
  const result = checkQuestionnaire(input);
  if (!result.ok) throw new QuestionnaireDefinitionError(result.issues);
  // Built now, once, so no screening of this questionnaire has to search its items.
  indexQuestionnaire(result.questionnaire);
  return result.questionnaire;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Walks each condition without recursion, so depth and cycles are found before zod recurses. */
function conditionFaults(condition: unknown, path: IssuePath): DefinitionIssue[] {
  const stack: { node: unknown; depth: number; ancestors: unknown[] }[] = [
    { node: condition, depth: 1, ancestors: [] },
  ];
  while (stack.length) {
    const { node, depth, ancestors } = stack.pop()!;
    if (!isObject(node)) continue;
    if (ancestors.includes(node)) return [{ path, message: 'The condition contains itself' }];
    if (depth > MAX_CONDITION_DEPTH)
      return [
        {
          path,
          message: `The condition is nested more than ${MAX_CONDITION_DEPTH} deep; write it more simply`,
        },
      ];
    const children = [
      ...(Array.isArray(node.all) ? node.all : []),
      ...(Array.isArray(node.any) ? node.any : []),
      ...('not' in node ? [node.not] : []),
    ];
    for (const child of children)
      stack.push({ node: child, depth: depth + 1, ancestors: [...ancestors, node] });
  }
  return [];
}

/** Faults a schema check would crash on or hide, found on the raw input. */
function hostileShapes(input: unknown): DefinitionIssue[] {
  if (!isObject(input)) return [];
  const issues: DefinitionIssue[] = [];
  const items = Array.isArray(input.items) ? input.items : [];
  items.forEach((item: unknown, i) => {
    if (!isObject(item)) return;
    if ('showIf' in item) issues.push(...conditionFaults(item.showIf, ['items', i, 'showIf']));
    // JSON.parse keeps "__proto__" as an ordinary key, but a parsed copy drops it silently.
    if (isObject(item.feeds) && Object.prototype.hasOwnProperty.call(item.feeds, '__proto__'))
      issues.push({
        path: ['items', i, 'feeds', '__proto__'],
        message: '"__proto__" cannot be a domain id',
      });
  });
  const referrals = Array.isArray(input.referrals) ? input.referrals : [];
  referrals.forEach((rule: unknown, i) => {
    if (isObject(rule) && 'when' in rule)
      issues.push(...conditionFaults(rule.when, ['referrals', i, 'when']));
  });
  return issues;
}

/** Ids that name a property every object has would read it as data ("constructor" as a weight). */
const reservedId = (id: string) => id in Object.prototype;

function duplicates(values: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return dup;
}

function crossChecks(q: Questionnaire): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const add = (path: IssuePath, message: string) => issues.push({ path, message });

  const sectionIds = new Set(q.sections.map((s) => s.id));
  const domainIds = new Set(q.domains.map((d) => d.id));
  const itemIndex = new Map<string, number>();
  q.items.forEach((item, i) => {
    if (!itemIndex.has(item.id)) itemIndex.set(item.id, i);
  });

  for (const dup of duplicates(q.sections.map((s) => s.id)))
    add(['sections'], `Duplicate section id "${dup}"`);
  q.domains.forEach((d, i) => {
    if (reservedId(d.id)) add(['domains', i, 'id'], `"${d.id}" cannot be a domain id`);
    if (q.domains.findIndex((o) => o.id === d.id) !== i)
      add(['domains', i, 'id'], `Duplicate domain id "${d.id}"`);
    const { some, strong } = d.thresholds;
    if (!(some > 0 && some < 1))
      add(
        ['domains', i, 'thresholds', 'some'],
        `Threshold "some" must be above 0 and below 1 (got ${some})`,
      );
    if (!(strong > 0 && strong <= 1))
      add(
        ['domains', i, 'thresholds', 'strong'],
        `Threshold "strong" must be above 0 and at most 1 (got ${strong})`,
      );
    if (!(some < strong))
      add(
        ['domains', i, 'thresholds'],
        `Threshold "some" (${some}) must be below "strong" (${strong})`,
      );
    if (!q.items.some((item) => item.feeds && Object.hasOwn(item.feeds, d.id)))
      add(['domains', i], `Domain "${d.id}" is empty: no item feeds it`);
  });

  q.items.forEach((item, i) => {
    const at = (...rest: IssuePath): IssuePath => ['items', i, ...rest];
    if (itemIndex.get(item.id) !== i) add(at('id'), `Duplicate item id "${item.id}"`);
    if (reservedId(item.id)) add(at('id'), `"${item.id}" cannot be an item id`);
    if (!sectionIds.has(item.section)) add(at('section'), `Unknown section "${item.section}"`);
    for (const domain of Object.keys(item.feeds ?? {})) {
      if (!domainIds.has(domain)) add(at('feeds', domain), `Unknown domain "${domain}"`);
    }
    checkOptions(item, at, add);
    if (item.showIf) checkCondition(item.showIf, at('showIf'), q, itemIndex, i, add, false);
    if (item.safeguarding) {
      const values = new Set(optionsFor(item).map((o) => o.value));
      item.safeguarding.answers.forEach((a, j) => {
        if (!values.has(a))
          add(at('safeguarding', 'answers', j), `"${a}" is not an answer this item offers`);
      });
      if (item.kind === 'text')
        add(at('safeguarding'), 'A free-text item cannot raise a safeguarding flag by its answer');
    }
  });

  (q.referrals ?? []).forEach((rule, i) => {
    if ((q.referrals ?? []).findIndex((r) => r.id === rule.id) !== i)
      add(['referrals', i, 'id'], `Duplicate referral id "${rule.id}"`);
    checkCondition(rule.when, ['referrals', i, 'when'], q, itemIndex, q.items.length, add, true);
  });
  return issues;
}

function checkOptions(
  item: Item,
  at: (...rest: IssuePath) => IssuePath,
  add: (p: IssuePath, m: string) => void,
) {
  const scored = isScored(item);
  if (item.kind === 'single' || item.kind === 'multiple') {
    const options = item.options ?? [];
    if (options.length < 2)
      add(at('options'), `A ${item.kind} choice item needs at least 2 options`);
    for (const dup of duplicates(options.map((o) => o.value)))
      add(at('options'), `Duplicate option value "${dup}"`);
    options.forEach((o, j) => {
      if (o.score !== undefined && !scored)
        add(at('options', j, 'score'), 'Option has a score but the item feeds no domain');
    });
    if (item.kind !== 'multiple')
      options.forEach((o, j) => {
        if (o.exclusive)
          add(at('options', j, 'exclusive'), 'Only a multiple choice option can be exclusive');
      });
    if (scored && !options.some((o) => (o.score ?? 0) > 0))
      add(at('options'), 'A scored item needs at least one option with a score above 0');
  } else if (item.options !== undefined) {
    add(at('options'), `A ${item.kind} item uses the built-in scale; remove "options"`);
  }
  if (item.reverse && item.kind !== 'frequency' && item.kind !== 'yes-no')
    add(at('reverse'), 'Only frequency and yes-no items can be reversed');
  if (item.kind === 'text' && scored) add(at('feeds'), 'A free-text item cannot be scored');
}

function checkCondition(
  condition: Condition,
  path: IssuePath,
  q: Questionnaire,
  itemIndex: Map<string, number>,
  ownIndex: number,
  add: (p: IssuePath, m: string) => void,
  allowDomains: boolean,
) {
  for (const leaf of conditionLeaves(condition)) {
    if ('domain' in leaf) {
      if (!allowDomains)
        add(path, `A display condition cannot depend on a domain level ("${leaf.domain}")`);
      else if (!q.domains.some((d) => d.id === leaf.domain))
        add(path, `Condition refers to unknown domain "${leaf.domain}"`);
      continue;
    }
    if (!('item' in leaf)) continue;
    const target = itemIndex.get(leaf.item);
    if (target === undefined) {
      add(path, `Condition refers to unknown item "${leaf.item}"`);
      continue;
    }
    if (target >= ownIndex) {
      add(path, `Condition refers to item "${leaf.item}", which is not asked before this one`);
      continue;
    }
    const referenced = q.items[target]!;
    const values = new Set(optionsFor(referenced).map((o) => o.value));
    if ('equals' in leaf) {
      if (referenced.kind === 'multiple')
        add(path, `Item "${leaf.item}" is multiple choice: use "includes", not "equals"`);
      else if (referenced.kind !== 'text' && !values.has(leaf.equals))
        add(path, `"${leaf.equals}" is not an answer item "${leaf.item}" offers`);
    }
    if ('includes' in leaf) {
      if (referenced.kind !== 'multiple')
        add(path, `Item "${leaf.item}" is not multiple choice: use "equals", not "includes"`);
      else if (!values.has(leaf.includes))
        add(path, `"${leaf.includes}" is not an answer item "${leaf.item}" offers`);
    }
  }
}
