import * as z from 'zod/mini';
import { IsoTimeOrNullSchema } from '../common/iso-time.js';
import { SafeguardingNoteSchema } from './safeguarding-schema.js';

/**
 * The note kept when a person declines a screening or stops it: no answers, only that it ended
 * and when, so the evidence base can count screenings that did not finish. When a safeguarding
 * answer was given or a disclosure recorded, the note keeps which flag and when, and what was
 * done, so a concern is never lost with the answers.
 */
export const ScreeningEndedNoteSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('screening-ended'),
  status: z.enum(['declined', 'withdrawn']),
  questionnaire: z.strictObject({ id: z.string(), version: z.string() }),
  endedAt: IsoTimeOrNullSchema,
  safeguarding: z.optional(SafeguardingNoteSchema),
});
/** A declined or stopped screening's note, as `ScreeningEndedNoteSchema` checks it. */
export type ScreeningEndedNote = z.output<typeof ScreeningEndedNoteSchema>;
