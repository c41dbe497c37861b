import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { buildApiReference } from './lib/api-reference';
import { SourceEntrySchema } from './lib/source-entry';

// Guidance prose for each catalogue entry; title, summary and tags come from the SDK catalogue.
const adjustments = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/adjustments' }),
  schema: z.object({ id: z.string() }),
});

// The bibliography: one file per source, named by the id lessons and guidance cite it by ([@id]).
const sources = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/sources' }),
  schema: SourceEntrySchema,
});

// Training: each module folder holds module.json (metadata, outcomes, questions) and its lessons.
const trainingModules = defineCollection({
  loader: glob({ pattern: '*/module.json', base: './content/training' }),
});
const trainingLessons = defineCollection({
  loader: glob({ pattern: '*/[0-9]*.mdx', base: './content/training' }),
  schema: z.object({ title: z.string(), order: z.number().int().min(1) }),
});

// Developer guides: task-first prose about the SDK, listed at /developers/ in `order`.
const developers = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/developers' }),
  schema: z.object({
    title: z.string().min(1),
    summary: z.string().min(10),
    order: z.number().int().min(1),
  }),
});

// The API reference, one entry per public entry point, generated from the SDK source by TypeDoc
// on every build. An export without a doc comment fails the build, so the reference stays whole.
const apiReference = defineCollection({
  loader: {
    name: 'attune-api-reference',
    load: async ({ store, logger }) => {
      const reference = await buildApiReference();
      if (reference.undocumented.length) {
        throw new Error(
          `Every public export of @attune/sdk needs a doc comment. Missing:\n  ${reference.undocumented.join('\n  ')}`,
        );
      }
      store.clear();
      for (const entry of reference.entries) store.set({ id: entry.slug, data: { ...entry } });
      logger.info(
        `${reference.entries.length} entry points, ${reference.entries.reduce((n, e) => n + e.exports.length, 0)} exports`,
      );
    },
  },
});

export const collections = {
  sources,
  adjustments,
  trainingModules,
  trainingLessons,
  developers,
  apiReference,
};
