import type { TrainingContext, TrainingModule } from '@attune/sdk/training';
import type { ModuleProgress } from './progress';

/** Reads a module's saved progress without running the machine, so list pages stay light. */
export function statusOf(
  module: Pick<TrainingModule, 'lessons'> | { lessons: readonly string[] },
  progress: ModuleProgress | undefined,
): { label: string; context: TrainingContext | null; complete: boolean } {
  const snap = progress?.snapshot as { value?: string; context?: TrainingContext } | undefined;
  const context = snap?.context ?? null;
  const read = Object.keys(progress?.read ?? {}).length;
  if (snap?.value === 'complete' && context) return { label: 'Completed', context, complete: true };
  if (context && context.attempts.length)
    return { label: 'Knowledge check in progress', context, complete: false };
  if (read || (snap?.value && snap.value !== 'intro'))
    return {
      label: `In progress: ${read} of ${module.lessons.length} lessons read`,
      context,
      complete: false,
    };
  return { label: 'Not started', context, complete: false };
}
