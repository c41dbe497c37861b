import { createActor, type Actor } from 'xstate';
import {
  createTrainingMachine,
  type TrainingMachine,
  type TrainingModule,
} from '@attune/sdk/training';
import { loadProgress, saveModule } from '../../scripts/training/progress';

/**
 * The module's actor, carried on from this device when it can be. Progress saved before the
 * knowledge test existed, or that the machine cannot take back, starts again (`restarted`).
 */
export function restore(module: TrainingModule): {
  actor: Actor<TrainingMachine>;
  restarted: boolean;
} {
  const machine = createTrainingMachine(module);
  const saved = loadProgress()[module.id]?.snapshot as
    { context?: Record<string, unknown> } | undefined;
  if (!saved) return { actor: createActor(machine).start(), restarted: false };
  try {
    if (!('knowledgeBefore' in (saved.context ?? {}))) throw new Error('older progress');
    // Saved before errors came as a list: what was said is kept, the old error is not.
    const snapshot = { ...saved, context: { ...saved.context, errors: [], error: null } };
    const actor = createActor(machine, { snapshot: snapshot as never }).start();
    return { actor, restarted: false };
  } catch {
    return { actor: createActor(machine).start(), restarted: true };
  }
}

/** Lessons marked read on their own pages join the flow here, in order. */
export function catchUp(actor: Actor<TrainingMachine>, moduleId: string): void {
  const marks = loadProgress()[moduleId]?.read ?? {};
  for (
    let s = actor.getSnapshot();
    s.value === 'lessons' &&
    s.context.lessonId &&
    marks[s.context.lessonId] &&
    !s.context.read.some((r) => r.lessonId === s.context.lessonId);
    s = actor.getSnapshot()
  )
    actor.send({ type: 'MARK_READ', lessonId: s.context.lessonId, at: marks[s.context.lessonId] });
}

/** Keeps the actor's progress on this device. */
export const save = (actor: Actor<TrainingMachine>, moduleId: string): void =>
  saveModule(moduleId, (m) => ({ ...m, snapshot: actor.getPersistedSnapshot() }));
