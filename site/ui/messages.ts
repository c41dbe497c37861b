import type enGB from './messages/en-GB.json';

/**
 * The words every flow shows, from one catalogue per locale (messages/en-GB.json). The page hands
 * the catalogue to its flow as data (an island prop), so it travels in the HTML rather than in
 * the script bundle, and a translation is a new JSON file, not a hunt through views.
 */
export type Messages = typeof enGB;
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string | readonly string[]
    ? `${P}${K}`
    : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageKey = Leaves<Messages>;

let catalogue: Partial<Messages> | null = null;

/**
 * Called once by a flow's root with the catalogue the page gave it: the whole of it, or only the
 * parts its flow uses (a training module needs `error` and `training`), to keep the page light.
 */
export function setCatalogue(messages: Partial<Messages>): void {
  catalogue = messages;
}

function lookup(key: MessageKey): string | readonly string[] {
  let node: unknown = catalogue;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | null)?.[part];
  if (typeof node !== 'string' && !Array.isArray(node))
    throw new Error(`No message "${key}" in the catalogue`);
  return node as string | readonly string[];
}

/**
 * Adds sections to the catalogue the page's flow gave, without replacing any it has: for a part of
 * the page drawn before or beside the flow (the case panel), which imports only its own sections.
 */
export function addToCatalogue(messages: Partial<Messages>): void {
  catalogue = { ...messages, ...catalogue };
}

const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

/** One message, with {name} placeholders filled in. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const found = lookup(key);
  return fill(Array.isArray(found) ? found.join(' ') : (found as string), vars);
}

/** A message that is a list of paragraphs or items. */
export function tList(key: MessageKey, vars: Record<string, string | number> = {}): string[] {
  const found = lookup(key);
  return (Array.isArray(found) ? found : [found as string]).map((s) => fill(s, vars));
}

/** A count with the right noun: plural('question', 2) is "2 questions". */
export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n} ${n === 1 ? one : many}`;
