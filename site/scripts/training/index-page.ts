import { xapiStatements, type TrainingModule } from '@attune/sdk/training';
import { keys, read } from '../storage';
import { downloadJson } from '../screening/dom';
import { loadProgress } from './progress';
import { statusOf } from './status';

/** The training list: each module's progress, and the learner's xAPI record to download. */
export function bindTrainingIndex(modules: TrainingModule[]): void {
  const progress = loadProgress();
  for (const module of modules) {
    const cell = document.querySelector<HTMLElement>(`[data-progress-for="${module.id}"]`);
    if (cell) cell.textContent = statusOf(module, progress[module.id]).label;
  }
  document.querySelector('[data-xapi-download]')?.addEventListener('click', () => {
    const name = read(keys.learnerName) ?? '';
    const actor = {
      objectType: 'Agent' as const,
      ...(name ? { name } : {}),
      account: { homePage: location.origin, name: name || 'attune-learner' },
    };
    const statements = modules.flatMap((m) => {
      const context = statusOf(m, progress[m.id]).context;
      return context ? xapiStatements(m, context, actor, location.origin) : [];
    });
    downloadJson(statements, 'attune-learning-record-xapi.json');
  });
}
