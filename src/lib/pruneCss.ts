/**
 * Drops from a page the CSS rules of Svelte components it can never draw. Astro inlines the
 * styles of every component a page imports: the cover, which draws one chart, carried the rules
 * of every chart kind (45 KB raw of CSS, 8.5 KB gzip), which kept its document over the first
 * round trip of a phone's connection (issue 18), and each chapter carried the kinds it lacks.
 * A rule scoped to a Svelte component (a `sv-…` class in its selector) can match only where
 * that class is: in the page's markup, or in the script of an island that may render it later.
 * Compiled Svelte writes each scope's class into its module as text, so the scopes an island can
 * draw are the `sv-…` strings of its component's module and every module that one imports.
 * The style's hash in the page's Content-Security-Policy is replaced with the new one.
 */
import { createHash } from 'node:crypto';
import postcss, { type Container } from 'postcss';

/** A Svelte scope class as svelte.config.js's `cssHash` writes it. */
export const SCOPE = /\bsv-[a-z0-9]+/g;
const SCOPED = /\.sv-[a-z0-9]+/g;
const STYLE = /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/g;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** `css` without the rules (and animations) of Svelte scopes missing from `present`. */
export function pruneCss(css: string, present: Set<string>): string {
  const root = postcss.parse(css);
  const drop = (container: Container) => {
    container.each((node) => {
      if (node.type === 'rule') {
        const live = node.selectors.filter((s) => (s.match(SCOPED) ?? []).every((c) => present.has(c.slice(1))));
        if (live.length === 0) node.remove();
        else if (live.length < node.selectors.length) node.selectors = live;
      } else if (node.type === 'atrule' && /keyframes$/.test(node.name)) {
        // Svelte names a component's animations after its scope ("sv-abc-grow").
        const scope = node.params.match(SCOPE)?.[0];
        if (scope && !present.has(scope)) node.remove();
      } else if (node.type === 'atrule' && node.nodes) {
        drop(node);
        if (node.nodes.length === 0) node.remove();
      }
    });
  };
  drop(root);
  return root.toString();
}

/** A built script's text by its URL on the site (`/_astro/story.abc.js`); throws if missing. */
export type ReadScript = (url: string) => string;

/** Every `sv-…` scope in the module at `url` and the modules it imports, statically or not. */
function scriptScopes(url: string, read: ReadScript, scopes: Set<string>, seen = new Set<string>()): Set<string> {
  if (seen.has(url)) return scopes;
  seen.add(url);
  const code = read(url);
  for (const scope of code.match(SCOPE) ?? []) scopes.add(scope);
  // Vite's chunks import each other by relative path: from"./x.js", import"./x.js", import("./x.js").
  for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    scriptScopes(new URL(m[1]!, new URL(url, 'https://site.invalid')).pathname, read, scopes, seen);
  }
  return scopes;
}

/**
 * `html` with its unused component CSS dropped and its CSP updated. A page with islands needs
 * `read` to see what their scripts can draw; without it such a page is left as it is.
 */
export function pruneUnusedCss(html: string, read?: ReadScript): string {
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)].map((m) => m[0]);
  if (islands.length && !read) return html;
  // Only the classes the markup carries count as present, not the ones the styles name.
  const present = new Set(html.replace(STYLE, '').match(SCOPE) ?? []);
  for (const island of islands) {
    for (const m of island.matchAll(/\s(?:component-url|renderer-url)="([^"]+)"/g)) scriptScopes(m[1]!, read!, present);
  }
  const swaps = new Map<string, string>();
  const out = html.replace(STYLE, (whole, open: string, css: string, close: string) => {
    const pruned = pruneCss(css, present);
    if (pruned === css) return whole;
    swaps.set(hash(css), hash(pruned));
    return open + pruned + close;
  });
  return out.replace(/'sha256-[^']+'/g, (source) => swaps.get(source) ?? source);
}
