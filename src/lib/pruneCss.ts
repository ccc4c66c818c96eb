/**
 * Drops, from a page that hydrates no island, the CSS rules of Svelte components it does not
 * draw. Astro inlines the styles of every component a page imports: the cover, which draws one
 * chart, carried the rules of every chart kind (45 KB raw of CSS, 8.5 KB gzip), which kept its
 * document over the first round trip of a phone's connection (issue 18).
 * A rule scoped to a Svelte component (a `svelte-…` class in its selector) whose class appears
 * nowhere in the page can match nothing there, since no script on such a page renders a
 * component. Pages with islands keep every rule (an island may draw any state later).
 * The style's hash in the page's Content-Security-Policy is replaced with the new one.
 */
import { createHash } from 'node:crypto';
import postcss, { type Container } from 'postcss';

const SCOPED = /\.svelte-[a-z0-9]+/g;
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
        // Svelte names a component's animations after its scope ("svelte-abc-grow").
        const scope = /svelte-[a-z0-9]+/.exec(node.params)?.[0];
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

/** `html` with its unused component CSS dropped (pages without islands only), its CSP updated. */
export function pruneUnusedCss(html: string): string {
  if (html.includes('<astro-island')) return html;
  // Only the classes the markup carries count as present, not the ones the styles name.
  const present = new Set(html.replace(STYLE, '').match(/svelte-[a-z0-9]+/g) ?? []);
  const swaps = new Map<string, string>();
  const out = html.replace(STYLE, (whole, open: string, css: string, close: string) => {
    const pruned = pruneCss(css, present);
    if (pruned === css) return whole;
    swaps.set(hash(css), hash(pruned));
    return open + pruned + close;
  });
  return out.replace(/'sha256-[^']+'/g, (source) => swaps.get(source) ?? source);
}
