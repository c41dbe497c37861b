import * as z from 'zod/mini';
import { SETTING_IDS } from './settings.js';

export const SourceSchema = /* @__PURE__ */ z.strictObject({
  title: z.string().check(z.minLength(1)),
  publisher: z.string().check(z.minLength(1)),
  year: z.number().check(z.int(), z.gte(1990), z.lte(2100)),
  url: z.optional(z.url()),
});
export type Source = z.output<typeof SourceSchema>;

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
export type Adjustment = z.output<typeof AdjustmentSchema>;
export const CatalogueSchema = /* @__PURE__ */ z.array(AdjustmentSchema);
