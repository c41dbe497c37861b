import type { QuestionnaireIndex } from './questionnaire-index.js';
import type { AnswerValue, Answers } from './schema.js';

type Value = AnswerValue | null;

/**
 * Answers kept by item position in chunks of 32. Recording an answer copies one chunk and the
 * list of chunks, not every answer given so far: copying a plain object of answers at each step
 * made a run's cost grow with the square of the questionnaire's length.
 */
export interface AnswerStore {
  readonly index: QuestionnaireIndex;
  readonly chunks: readonly (readonly (Value | undefined)[] | undefined)[];
  /** How many items have an answer (a skip counts). */
  readonly count: number;
  /** What is worked out from these answers and kept with them (what is shown), set once. */
  memo?: unknown;
}

const CHUNK = 32;
const STORE = Symbol('attune.answers');
/** Node prints a proxy's target; this shows the answers instead of an empty object. */
const INSPECT = Symbol.for('nodejs.util.inspect.custom');
type Target = { [STORE]: AnswerStore; [INSPECT]?: unknown };

function inspectAnswers(this: Answers) {
  return plainAnswers(this);
}

const storeOfTarget = (target: object) => (target as Target)[STORE];

/** The answer at an item position, or undefined when there is none. */
export function answerAt(store: AnswerStore, at: number): Value | undefined {
  return store.chunks[at >> 5]?.[at & (CHUNK - 1)];
}

const read = (store: AnswerStore, id: string): Value | undefined => {
  const at = store.index.position.get(id);
  return at === undefined ? undefined : answerAt(store, at);
};

/** A store with the answer at `at` set, or removed when `value` is undefined. */
export function withAnswer(store: AnswerStore, at: number, value: Value | undefined): AnswerStore {
  const before = answerAt(store, at);
  if (before === value) return store;
  const chunks = store.chunks.slice();
  const chunk = chunks[at >> 5]?.slice() ?? new Array<Value | undefined>(CHUNK).fill(undefined);
  chunk[at & (CHUNK - 1)] = value;
  chunks[at >> 5] = chunk;
  const count = store.count + (before === undefined ? 1 : 0) - (value === undefined ? 1 : 0);
  return { index: store.index, chunks, count };
}

/** Item ids with an answer, in questionnaire order. */
function answeredIds(store: AnswerStore): string[] {
  const ids: string[] = [];
  const { items } = store.index.questionnaire;
  store.chunks.forEach((chunk, c) => {
    if (!chunk) return;
    for (let o = 0; o < CHUNK; o++) if (chunk[o] !== undefined) ids.push(items[c * CHUNK + o]!.id);
  });
  return ids;
}

// The view reads as a plain answers object (property reads, `in`, Object.keys and entries,
// spread, JSON) and, like a snapshot, cannot be changed.
const handler: ProxyHandler<Target> = {
  get(target, key, receiver) {
    if (typeof key === 'string') {
      const value = read(storeOfTarget(target), key);
      if (value !== undefined) return value;
    }
    return Reflect.get(target, key, receiver);
  },
  has(target, key) {
    return (
      (typeof key === 'string' && read(storeOfTarget(target), key) !== undefined) ||
      Reflect.has(target, key)
    );
  },
  ownKeys: (target) => answeredIds(storeOfTarget(target)),
  getOwnPropertyDescriptor(target, key) {
    if (typeof key !== 'string') return undefined;
    const value = read(storeOfTarget(target), key);
    return value === undefined
      ? undefined
      : { value, writable: false, enumerable: true, configurable: true };
  },
  set: () => false,
  defineProperty: () => false,
  deleteProperty: () => false,
  setPrototypeOf: () => false,
  preventExtensions: () => false,
};

// Stores built from plain answers objects (as restored from a save), so each is built once.
const built = new WeakMap<object, AnswerStore>();

/** The store behind a view, or undefined for a plain object. Read through the view's own symbol, not a lookup table. */
export function viewStore(answers: Answers): AnswerStore | undefined {
  return (answers as unknown as Partial<Target>)[STORE];
}

/** The answers in a store as an object that reads like a plain `Answers` record. */
export function answersView(store: AnswerStore): Answers {
  const target: Target = { [STORE]: store, [INSPECT]: inspectAnswers };
  return new Proxy(target, handler) as unknown as Answers;
}

/**
 * The store behind answers: the view's own, or one built once from a plain object (as restored
 * from a save). Ids the questionnaire does not have cannot be stored and are left out.
 */
export function storeOf(index: QuestionnaireIndex, answers: Answers): AnswerStore {
  const known = viewStore(answers) ?? built.get(answers);
  if (known && known.index === index) return known;
  const chunks: (Value | undefined)[][] = [];
  let count = 0;
  for (const [id, value] of Object.entries(answers)) {
    const at = index.position.get(id);
    if (at === undefined || value === undefined) continue;
    const chunk = (chunks[at >> 5] ??= new Array<Value | undefined>(CHUNK).fill(undefined));
    if (chunk[at & (CHUNK - 1)] === undefined) count++;
    chunk[at & (CHUNK - 1)] = value;
  }
  const store: AnswerStore = { index, chunks, count };
  built.set(answers, store);
  return store;
}

/** Answers as a plain object, for what a run hands back and hosts keep: the record. */
export function plainAnswers(answers: Answers): Answers {
  const store = viewStore(answers);
  if (!store) return answers;
  const plain: Answers = {};
  for (const id of answeredIds(store)) plain[id] = read(store, id)!;
  return plain;
}
