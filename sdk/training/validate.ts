const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** Whether `value` is a UUID in the RFC 9562 form (any version, the standard variant). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
