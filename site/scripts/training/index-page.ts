import {
  completionRecord,
  trainingRecordsBundle,
  xapiStatements,
  type TrainingModule,
} from '@attune/sdk/training';
import { downloadJson } from '../screening/dom';
import { learnerAccount } from './learner';
import { loadProgress } from './progress';
import { statusOf } from './status';

/** The training list: each module's progress, and the learner's records to download. */
export function bindTrainingIndex(modules: TrainingModule[]): void {
  const progress = loadProgress();
  for (const module of modules) {
    const cell = document.querySelector<HTMLElement>(`[data-progress-for="${module.id}"]`);
    if (cell) cell.textContent = statusOf(module, progress[module.id]).label;
  }
  // Only runs this version of the module can read: older saved progress has no registration.
  const runs = () =>
    modules.flatMap((m) => {
      const context = statusOf(m, loadProgress()[m.id]).context;
      return context && 'knowledgeBefore' in context && context.registration
        ? [{ module: m, context }]
        : [];
    });
  document.querySelector('[data-xapi-download]')?.addEventListener('click', () => {
    const actor = learnerAccount();
    const statements = runs().flatMap(({ module, context }) =>
      xapiStatements(module, context, actor, location.origin),
    );
    downloadJson(statements, 'attune-learning-record-xapi.json');
  });
  document.querySelector('[data-records-download]')?.addEventListener('click', () => {
    const learner = learnerAccount().account.name;
    const records = runs().map(({ module, context }) => completionRecord(module, context, learner));
    downloadJson(trainingRecordsBundle(records), 'attune-training-records.json');
  });
}
