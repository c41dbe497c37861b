import * as z from 'zod/mini';

/**
 * The `sharingStatement` lines a review, passport or updated plan file carries when it is
 * downloaded, so the file itself says what the person agreed to share with whom as it stood that day.
 */
export const SharingLinesSchema = /* @__PURE__ */ z.optional(
  z.array(z.string().check(z.maxLength(4000))).check(z.maxLength(4)),
);
