import * as z from 'zod/mini';

import { ISO_DATE_TIME, isIsoDateTime } from './iso-date-time.js';

export { isIsoDateTime };

/**
 * An ISO 8601 date and time with a zone, as hosts pass `at` on events, or null when none was
 * given. A plain check rather than zod's datetime, which keeps browser bundles small.
 */
export const IsoTimeOrNullSchema = /* @__PURE__ */ z.nullable(
  z
    .string()
    .check(
      z.regex(ISO_DATE_TIME, 'Use an ISO 8601 date and time with a time zone'),
      z.refine(isIsoDateTime, 'Use a real ISO 8601 date and time with a time zone'),
    ),
);
