import { HARD_FOR_ME, type PartId, type PassportEntry } from '@attune/sdk/follow-up';
import { pictureFor, type Picture } from '../screening/pictures';

/** The Easy Read picture beside a passport heading, from the screening's own picture map. */
export const partPicture = (part: PartId): Picture | null => pictureFor(`passport:${part}`);

/**
 * The picture beside one line: the screening area's picture when the line is that area's
 * suggestion, word for word, so the person sees the same picture the screening showed them.
 * None for anything else: a picture chosen for the person's own words could say something they
 * did not mean.
 */
export function linePicture(entry: PassportEntry): Picture | null {
  if (entry.from !== 'screening') return null;
  const area = Object.keys(HARD_FOR_ME).find((domain) => HARD_FOR_ME[domain] === entry.text);
  return area ? pictureFor(`area:${area}`) : null;
}
