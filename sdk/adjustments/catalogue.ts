import communication from './catalogue/communication.json' with { type: 'json' };
import environment from './catalogue/environment.json' with { type: 'json' };
import organisation from './catalogue/organisation.json' with { type: 'json' };
import type { Adjustment } from './schema.js';

/**
 * The built-in catalogue of reasonable adjustments, kept as JSON data in three files by theme.
 * Its shape is checked by `CatalogueSchema` in the tests rather than at run time, so pages that
 * use it do not pay for validation.
 */
export const catalogue = [...communication, ...organisation, ...environment] as Adjustment[];

/** The catalogue entry with this id, or undefined when there is none. */
export function adjustmentById(id: string): Adjustment | undefined {
  return catalogue.find((a) => a.id === id);
}
