import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TrainingModuleSchema, TrainingPathwaySchema, FORM_SIZE } from '@attune/sdk/training';
import { rawTrainingModule, trainingFolders } from '../fixtures/training-content.js';

const modules = trainingFolders.map((f) => TrainingModuleSchema.parse(rawTrainingModule(f).module));
const pathways = (
  JSON.parse(
    readFileSync(new URL('../../content/training/pathways.json', import.meta.url), 'utf8'),
  ) as unknown[]
).map((p) => TrainingPathwaySchema.parse(p));

describe('training pathways', () => {
  it('name only modules that exist, each once', () => {
    for (const p of pathways) {
      expect(new Set(p.modules).size).toBe(p.modules.length);
      for (const id of p.modules) expect(modules.map((m) => m.id)).toContain(id);
    }
  });

  it('has a core pathway of about two hours, knowledge tests included (90 to 150 minutes)', () => {
    const core = pathways.find((p) => p.id === 'core')!;
    // Reading time, plus about a minute a question for the test before and the check.
    const minutes = core.modules
      .map((id) => modules.find((m) => m.id === id)!)
      .reduce((sum, m) => sum + m.lessons.reduce((s, l) => s + l.minutes, 0) + 2 * FORM_SIZE, 0);
    expect(minutes).toBeGreaterThanOrEqual(90);
    expect(minutes).toBeLessThanOrEqual(150);
  });
});
