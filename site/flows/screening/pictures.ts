import { withBase } from '../../routes';
import map from './pictures.json';

/** A picture beside Easy Read words: the image's address and its alt text. */
export interface Picture {
  src: string;
  alt: string;
}

const pictures: Record<string, { icon: string; alt: string } | null> = map.pictures;

/**
 * The picture for a question (`pictureFor('tr-reading')`), one of its answers
 * (`pictureFor('ctx-strengths', 'music')`), an area (`area:<id>`) or a line of the person's page
 * (`found:<line>`); null where the map gives none, on purpose or because it is not listed.
 */
export function pictureFor(key: string, answer?: string): Picture | null {
  const found = pictures[answer === undefined ? key : `${key}=${answer}`];
  return found ? { src: withBase(`/pictures/${found.icon}.svg`), alt: found.alt } : null;
}
