// Build-time only: reads the OpenMoji set from the npm package to write the pictures the map
// names. Never imported by page scripts (the set is several megabytes).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import map from './pictures.json';

interface IconSet {
  icons: Record<string, { body: string; width?: number; height?: number }>;
  aliases?: Record<string, { parent: string }>;
  width?: number;
  height?: number;
}
// Read as a file, not imported: typing a four-megabyte JSON module slows the type check.
const set = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('@iconify-json/openmoji/icons.json'), 'utf8'),
) as IconSet;

/** Every OpenMoji icon id the picture map uses, once each. */
export const usedIcons = (): string[] =>
  [...new Set(Object.values(map.pictures).flatMap((p) => (p ? [p.icon] : [])))].sort();

/** Whether the OpenMoji set has an icon of this id. */
export const hasIcon = (id: string): boolean => id in set.icons || id in (set.aliases ?? {});

/** One icon as a standalone SVG file, with the set's credit in it as CC BY-SA asks. */
export function iconSvg(id: string): string {
  const name = set.icons[id] ? id : set.aliases?.[id]?.parent;
  const icon = name ? set.icons[name] : undefined;
  if (!icon) throw new Error(`OpenMoji has no icon "${id}"`);
  const width = icon.width ?? set.width ?? 72;
  const height = icon.height ?? set.height ?? 72;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><!-- OpenMoji "${id}", https://openmoji.org/, CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/) -->${icon.body}</svg>\n`;
}
