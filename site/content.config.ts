import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// Guidance prose for each catalogue entry; title, summary and tags come from the SDK catalogue.
const adjustments = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/adjustments' }),
  schema: z.object({ id: z.string() }),
});

export const collections = { adjustments };
