import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under a directory, as paths relative to it with forward slashes. */
export function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory()
      ? filesUnder(root, full)
      : [relative(root, full).split('\\').join('/')];
  });
}

export interface Link {
  /** The file the link is in, relative to the build. */
  from: string;
  url: string;
}

/**
 * Every address a browser would ask the site for, written in the built files: href, src, action
 * and srcset in HTML, url() in CSS, and the `$id` of each JSON Schema. Links to other sites,
 * fragments, data: and mailto: are left out: they are not the site's to resolve.
 */
export function linksIn(dist: string): Link[] {
  const links: Link[] = [];
  for (const file of filesUnder(dist)) {
    const text = /\.(html|css|json)$/.test(file) ? readFileSync(join(dist, file), 'utf8') : '';
    const add = (url: string) => links.push({ from: file, url });
    if (file.endsWith('.html')) {
      for (const m of text.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) add(m[1]);
      for (const m of text.matchAll(/\ssrcset="([^"]*)"/g))
        for (const part of m[1].split(',')) add(part.trim().split(/\s+/)[0]);
    } else if (file.endsWith('.css')) {
      for (const m of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) add(m[1]);
    } else if (file.startsWith('schemas/') && file.endsWith('.json')) {
      add(String(JSON.parse(text).$id));
    }
  }
  return links.filter(
    ({ url }) => url !== '' && !/^(#|data:|mailto:|tel:|blob:|javascript:)/.test(url),
  );
}

/** The file a same-site path names in the build, or null when there is none. */
export function fileFor(dist: string, path: string): string | null {
  const clean = decodeURIComponent(path.replace(/[?#].*$/, ''));
  const full = join(dist, clean);
  if (existsSync(full) && statSync(full).isFile()) return full;
  if (existsSync(join(full, 'index.html'))) return join(full, 'index.html');
  return null;
}
