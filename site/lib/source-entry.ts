import { z } from 'astro/zod';
import type { Source } from '@attune/sdk/adjustments';

/**
 * One entry in Attune's bibliography, `content/sources/<id>.json`: a source that lessons and
 * guidance cite by its id (`[@id]`), checked against the source itself on the date given.
 */
export const SourceEntrySchema = z.strictObject({
  title: z.string().min(1),
  /** How running text names it where authors or publisher and year would not do: an Act by its name. */
  short: z.string().min(1).optional(),
  /** Authors as cited in the text ("Young et al."), where a person rather than a body wrote it. */
  author: z.string().min(1).optional(),
  /** The organisation, journal or publisher. */
  publisher: z.string().min(1),
  /** The year the source gives for itself; null for an undated page (a service's own page often is). */
  year: z.number().int().min(1970).max(2100).nullable(),
  url: z.url(),
  /** What the source supports in Attune: the facts, figures or points of law taken from it. */
  supports: z.array(z.string().min(10)).min(1),
  /** When the entry was last checked against the source (ISO date). */
  checked: z.iso.date(),
  /** How it was checked, where that limits it: a copy, a summary, an undated page. */
  note: z.string().min(10).optional(),
});
export type SourceEntry = z.infer<typeof SourceEntrySchema>;

/**
 * The entry as the SDK's `Source` (title, publisher, year, url), which modules carry to hosts:
 * the author, if any, leads the publisher as the modules have always cited it.
 */
export function toSdkSource(entry: SourceEntry): Source {
  // A module's sources are dated publications; an undated service page is for signposting only.
  if (entry.year === null)
    throw new Error(`${entry.title}: an undated source cannot be a module's`);
  return {
    title: entry.title,
    publisher: entry.author ? `${entry.author}, ${entry.publisher}` : entry.publisher,
    year: entry.year,
    url: entry.url,
  };
}
