import * as z from 'zod/mini';
import { SourceSchema } from '../common/source.js';
import { SETTING_IDS } from './settings.js';

export { SourceSchema, type Source } from '../common/source.js';

/** One reasonable adjustment in the catalogue: what it is, the needs and settings it serves, the effort it takes and its sources. */
export const AdjustmentSchema = /* @__PURE__ */ z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  title: z.string().check(z.minLength(3)),
  summary: z.string().check(z.minLength(10)),
  /** Said to the person, for the Easy Read plan they take away. */
  easyRead: z.string().check(z.minLength(5)),
  domains: z.array(z.string()).check(z.minLength(1)),
  settings: z.array(z.enum(SETTING_IDS)).check(z.minLength(1)),
  effort: z.enum(['low', 'medium', 'high']),
  sources: z.array(SourceSchema).check(z.minLength(1)),
});
/** One catalogue entry, as `AdjustmentSchema` checks it. */
export type Adjustment = z.output<typeof AdjustmentSchema>;
/** A whole catalogue: the built-in one, or a host's own list in the same shape. */
export const CatalogueSchema = /* @__PURE__ */ z.array(AdjustmentSchema);
