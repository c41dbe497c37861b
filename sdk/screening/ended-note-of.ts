// Zod-free, so the screening page can build the note without loading the schemas.
import { safeguardingNoteOf } from './safeguarding.js';
import type { ScreeningEndedNote } from './ended-note.js';
import type { Disclosure, SafeguardingAction, SafeguardingFlag } from './safeguarding-schema.js';

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
