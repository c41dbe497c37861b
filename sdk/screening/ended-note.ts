import * as z from 'zod/mini';
import { IsoTimeOrNullSchema } from '../common/iso-time.js';

/**
 * The note kept when a person declines a screening or stops it: no answers, only that it ended
 * and when, so the evidence base can count screenings that did not finish.
 */
export const ScreeningEndedNoteSchema = /* @__PURE__ */ z.strictObject({
  kind: z.literal('screening-ended'),
  status: z.enum(['declined', 'withdrawn']),
  questionnaire: z.strictObject({ id: z.string(), version: z.string() }),
  endedAt: IsoTimeOrNullSchema,
});
/** A declined or stopped screening's note, as `ScreeningEndedNoteSchema` checks it. */
export type ScreeningEndedNote = z.output<typeof ScreeningEndedNoteSchema>;
