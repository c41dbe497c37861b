import * as z from 'zod/mini';

/** A published source, cited by title and publisher (and year), as every fact in Attune is. */
export const SourceSchema = /* @__PURE__ */ z.strictObject({
  title: z.string().check(z.minLength(1)),
  publisher: z.string().check(z.minLength(1)),
  year: z.number().check(z.int(), z.gte(1990), z.lte(2100)),
  url: z.optional(z.url()),
});
/** A source as `SourceSchema` checks it. */
export type Source = z.output<typeof SourceSchema>;
