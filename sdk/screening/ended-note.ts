import * as z from 'zod/mini';
import { IsoTimeOrNullSchema } from '../common/iso-time.js';
import {
  safeguardingNoteOf,
  SafeguardingNoteSchema,
  type Disclosure,
  type SafeguardingAction,
  type SafeguardingFlag,
} from './safeguarding.js';

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

/** Builds the ended-screening note from a declined or withdrawn run's snapshot. */
export function screeningEndedNote(
  snapshot: {
    value: unknown;
    context: {
      questionnaireId: string;
      questionnaireVersion: string;
      flags: readonly SafeguardingFlag[];
      disclosures?: readonly Disclosure[];
      safeguardingActions?: readonly SafeguardingAction[];
    };
  },
  endedAt: string | null,
): ScreeningEndedNote {
  const { context } = snapshot;
  const safeguarding = safeguardingNoteOf(context);
  return {
    kind: 'screening-ended',
    status: snapshot.value === 'declined' ? 'declined' : 'withdrawn',
    questionnaire: { id: context.questionnaireId, version: context.questionnaireVersion },
    endedAt,
    ...(safeguarding ? { safeguarding } : {}),
  };
}
