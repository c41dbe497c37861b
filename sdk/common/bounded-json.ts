/** How large and how deeply nested a JSON value may be before it is read at all. */
export interface JsonBounds {
  /** Characters of JSON text, or for an object the rough size of its JSON. */
  maxChars: number;
  /** Objects and arrays inside one another. */
  maxDepth: number;
}

/** Why a value was not read: not JSON, larger or deeper than the bounds allow. */
export type BoundedJsonFault = 'not-json' | 'too-large' | 'too-deep';

/**
 * Reads JSON text, or checks an object already parsed, against size and depth bounds first, so a
 * hostile file cannot exhaust memory or the stack (JSON.parse and most schema checks recurse).
 * Never throws: cycles and throwing getters come back as faults.
 */
export function boundedJson(
  input: unknown,
  bounds: JsonBounds,
): { ok: true; value: unknown } | { ok: false; code: BoundedJsonFault } {
  if (typeof input === 'string') {
    if (input.length > bounds.maxChars) return { ok: false, code: 'too-large' };
    if (jsonTextDepth(input) > bounds.maxDepth) return { ok: false, code: 'too-deep' };
    try {
      return { ok: true, value: JSON.parse(input) };
    } catch {
      return { ok: false, code: 'not-json' };
    }
  }
  try {
    const fault = objectFault(input, bounds);
    return fault ? { ok: false, code: fault } : { ok: true, value: input };
  } catch {
    return { ok: false, code: 'not-json' };
  }
}

/** The deepest nesting of brackets in JSON text, skipping brackets inside strings. */
export function jsonTextDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) deepest = Math.max(deepest, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}

/** Walks an object without recursion, counting its rough JSON size and depth. */
function objectFault(input: unknown, bounds: JsonBounds): BoundedJsonFault | null {
  const stack: [unknown, number][] = [[input, 0]];
  let size = 0;
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value === 'string') size += value.length + 2;
    else if (value === null || typeof value !== 'object') size += 8;
    else {
      if (depth + 1 > bounds.maxDepth) return 'too-deep';
      const keys = Array.isArray(value) ? null : Object.keys(value);
      size += 2 + (keys ?? (value as unknown[])).length;
      if (size > bounds.maxChars) return 'too-large';
      if (keys === null) for (const v of value as unknown[]) stack.push([v, depth + 1]);
      else
        for (const k of keys) {
          size += k.length + 3;
          stack.push([(value as Record<string, unknown>)[k], depth + 1]);
        }
    }
    if (size > bounds.maxChars) return 'too-large';
  }
  return null;
}
