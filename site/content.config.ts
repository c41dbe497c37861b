import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// Guidance prose for each catalogue entry; title, summary and tags come from the SDK catalogue.
const adjustments = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/adjustments' }),
  schema: z.object({ id: z.string() }),
});

// Training: each module folder holds module.json (metadata, outcomes, questions) and its lessons.
const trainingModules = defineCollection({
  loader: glob({ pattern: '*/module.json', base: './content/training' }),
});
const trainingLessons = defineCollection({
  loader: glob({ pattern: '*/[0-9]*.mdx', base: './content/training' }),
  schema: z.object({ title: z.string(), order: z.number().int().min(1) }),
});

export const collections = { adjustments, trainingModules, trainingLessons };
