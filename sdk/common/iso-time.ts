import * as z from 'zod/mini';

/**
 * An ISO 8601 date and time with a zone, as hosts pass `at` on events, or null when none was
 * given. A regex rather than zod's datetime check, which keeps browser bundles small.
 */
export const IsoTimeOrNullSchema = /* @__PURE__ */ z.nullable(
  z
    .string()
    .check(
      z.regex(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/,
        'Use an ISO 8601 date and time with a time zone',
      ),
    ),
);
