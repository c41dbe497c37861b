import {
  completionRecord,
  trainingRecordsBundle,
  xapiStatements,
  type TrainingModule,
} from '@attune/sdk/training';
import { downloadJson } from '../element';
import { learnerAccount } from './learner';
import { loadProgress } from './progress';
import { statusOf } from './status';

/** What the list needs to label each module's progress: its id and its lessons' ids. */
export interface ModuleOutline {
  id: string;
  lessons: string[];
}

/**
 * The training list: each module's progress, and the learner's records to download. The
 * modules' full definitions (their questions, for the xAPI statements) are fetched from
 * `modulesUrl` only when a download is asked for, so the list page stays light.
 */
export function bindTrainingIndex(outlines: ModuleOutline[], modulesUrl: string): void {
  const progress = loadProgress();
  for (const outline of outlines) {
    const cell = document.querySelector<HTMLElement>(`[data-progress-for="${outline.id}"]`);
    if (cell) cell.textContent = statusOf(outline, progress[outline.id]).label;
  }
  let modules: Promise<TrainingModule[]> | null = null;
  // Only runs this version of the module can read: older saved progress has no registration.
  const runs = async () =>
    (
      await (modules ??= fetch(modulesUrl).then((r) => r.json() as Promise<TrainingModule[]>))
    ).flatMap((m) => {
      const context = statusOf(m, loadProgress()[m.id]).context;
      return context && 'knowledgeBefore' in context && context.registration
        ? [{ module: m, context }]
        : [];
    });
  document.querySelector('[data-xapi-download]')?.addEventListener('click', async () => {
    const actor = learnerAccount();
    const statements = (await runs()).flatMap(({ module, context }) =>
      xapiStatements(module, context, actor, location.origin),
    );
    downloadJson(statements, 'attune-learning-record-xapi.json');
  });
  document.querySelector('[data-records-download]')?.addEventListener('click', async () => {
    const learner = learnerAccount().account.name;
    const records = (await runs()).map(({ module, context }) =>
      completionRecord(module, context, learner),
    );
    downloadJson(trainingRecordsBundle(records), 'attune-training-records.json');
  });
}
