import { keys, read, write } from '../storage';

/**
 * A learner's training progress on this device: per module, the lessons marked read (kept apart
 * so lesson pages stay tiny) and the training machine's persisted snapshot.
 */
export interface ModuleProgress {
  read: Record<string, string>;
  snapshot?: unknown;
}
export type Progress = Record<string, ModuleProgress>;

export function loadProgress(): Progress {
  try {
    const parsed = JSON.parse(read(keys.training) ?? '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

export function saveModule(moduleId: string, update: (m: ModuleProgress) => ModuleProgress): void {
  const all = loadProgress();
  all[moduleId] = update(all[moduleId] ?? { read: {} });
  write(keys.training, JSON.stringify(all));
}
