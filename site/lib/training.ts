import { getCollection, type CollectionEntry } from 'astro:content';
import {
  readingMinutes,
  TrainingModuleSchema,
  TrainingPathwaySchema,
  type TrainingModule,
  type TrainingPathway,
} from '@attune/sdk/training';
import pathwaysData from '../../content/training/pathways.json';
import { toSdkSource } from './source-entry';

export interface ModuleWithLessons {
  module: TrainingModule;
  lessons: { id: string; entry: CollectionEntry<'trainingLessons'> }[];
  minutes: number;
}

/** Every training module, built from content and checked by the SDK's schema, in order. */
export async function trainingModules(): Promise<ModuleWithLessons[]> {
  const metas = await getCollection('trainingModules');
  const lessons = await getCollection('trainingLessons');
  // module.json names its sources by bibliography id; hosts receive them whole.
  const bibliography = new Map((await getCollection('sources')).map((s) => [s.id, s.data]));
  const source = (id: string) => {
    const entry = bibliography.get(id);
    if (!entry) throw new Error(`Training: no source "${id}" in content/sources/`);
    return toSdkSource(entry);
  };
  return metas
    .map((meta) => {
      const folder = meta.id.split('/')[0]!;
      const mine = lessons
        .filter((l) => l.id.startsWith(`${folder}/`))
        .sort((a, b) => a.data.order - b.data.order)
        .map((entry) => ({ id: entry.id.split('/')[1]!.replace(/^\d+-/, ''), entry }));
      const data = meta.data as { sources: string[] };
      const module = TrainingModuleSchema.parse({
        ...data,
        sources: data.sources.map(source),
        lessons: mine.map(({ id, entry }) => ({
          id,
          title: entry.data.title,
          order: entry.data.order,
          minutes: readingMinutes(entry.body ?? ''),
        })),
      });
      return {
        module,
        lessons: mine,
        minutes: module.lessons.reduce((sum, l) => sum + l.minutes, 0),
      };
    })
    .sort((a, b) => a.module.order - b.module.order);
}

/** The training pathways (content/training/pathways.json), checked by the SDK's schema. */
export function trainingPathways(): TrainingPathway[] {
  return pathwaysData.map((p) => TrainingPathwaySchema.parse(p));
}
