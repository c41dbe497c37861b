import { describe, expect, it } from 'vitest';
import { TrainingModuleSchema, type TrainingModule } from '@attune/sdk/training';
import { rawTrainingModule, trainingFolders } from '../fixtures/training-content.js';

const folders = trainingFolders;

/** Builds the SDK's TrainingModule from a module folder and checks it with the SDK's schema. */
function load(folder: string): { module: TrainingModule; bodies: string[] } {
  const { module, bodies } = rawTrainingModule(folder);
  const parsed = TrainingModuleSchema.safeParse(module);
  if (!parsed.success)
    throw new Error(`${folder}: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  return { module: parsed.data, bodies };
}
const modules = folders.map((f) => ({ folder: f, ...load(f) }));

describe('training content', () => {
  it('has at least 10 modules, numbered in order, each valid against the SDK schema', () => {
    expect(modules.length).toBeGreaterThanOrEqual(10);
    modules.forEach(({ module, folder }, i) => {
      expect(module.order).toBe(i + 1);
      expect(folder).toBe(`${String(module.order).padStart(2, '0')}-${module.id}`);
    });
  });

  it.each(folders)(
    '%s: 3 or more lessons, 20–40 minutes of reading, outcomes, sources',
    (folder) => {
      const { module, bodies } = modules.find((m) => m.folder === folder)!;
      expect(module.lessons.length).toBeGreaterThanOrEqual(3);
      const minutes = module.lessons.reduce((sum, l) => sum + l.minutes, 0);
      expect(minutes).toBeGreaterThanOrEqual(20);
      expect(minutes).toBeLessThanOrEqual(40);
      expect(module.outcomes.length).toBeGreaterThanOrEqual(3);
      expect(module.sources.length).toBeGreaterThanOrEqual(2);
      for (const body of bodies) expect(body).toContain('## Key points');
    },
  );

  it.each(folders)(
    '%s: at least 6 knowledge-check questions, each with exactly one right answer and feedback on every option',
    (folder) => {
      const { module } = modules.find((m) => m.folder === folder)!;
      expect(module.questions.length).toBeGreaterThanOrEqual(6);
      for (const q of module.questions) {
        expect(q.options.filter((o) => o.correct)).toHaveLength(1);
        for (const o of q.options) expect(o.feedback.length).toBeGreaterThan(10);
      }
    },
  );

  it('never puts HTML, JSX or imports in lessons (content holds prose, never logic)', () => {
    for (const { folder, bodies } of modules)
      for (const body of bodies)
        expect(body, folder).not.toMatch(/^import |<[A-Za-z][^>]*>|\{[^}]*\}/m);
  });
});
