/**
 * The pages of a built site (`dist/`), found by walking the folder: the one list the link
 * checker, the benchmark and the browser tests' quality gates (budgets, a11y, validity,
 * security) all read, so a page anyone adds is checked without a hand-kept list. Node only.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export type PageKind = 'chapter' | 'embed' | 'other';

export interface DistPage {
  /** The page's path relative to the base URL, e.g. `chapters/ambition/` ('' for the cover). */
  route: string;
  /** Path of its HTML file (under the dist folder given). */
  file: string;
  kind: PageKind;
}

/** Every file under `dir`, depth first. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : [path];
  });
}

/** The route a file in the build is served at: `index.html` as its directory URL. */
export function routeOf(distDir: string, file: string): string {
  const rel = relative(distDir, file).split(sep).join('/');
  return rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

export function kindOf(route: string): PageKind {
  if (/^chapters\/[^/]+\/$/.test(route)) return 'chapter';
  if (/^embed\/[^/]+\/$/.test(route)) return 'embed';
  return 'other';
}

/** Every HTML page of the build in `distDir`, sorted by route. Throws when there is no build. */
export function distPages(distDir: string): DistPage[] {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`No build in ${distDir}: run \`npm run build\` (or set OUT_DIR) first.`);
  }
  return filesIn(distDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const route = routeOf(distDir, file);
      return { route, file, kind: kindOf(route) };
    })
    .sort((a, b) => (a.route < b.route ? -1 : a.route > b.route ? 1 : 0));
}
