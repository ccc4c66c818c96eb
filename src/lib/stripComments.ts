/**
 * Drops the HTML comments from a built page, except inside islands, scripts and styles: the
 * hydration markers Svelte writes around every block (`<!--[-->`, `<!--]-->`, ...) mean nothing
 * in markup nothing hydrates (data tables, static step charts, server-only components), and
 * there are 400-1,500 of them on a chapter page (issue 18: 0.1-0.3 KB of its compressed HTML).
 * An island's markers stay: Svelte hydrates by them (the squares' island adopts its server copy).
 */
const KEPT_OR_COMMENT = /<(astro-island|script|style|textarea|pre)\b[\s\S]*?<\/\1>|<!--[\s\S]*?-->/g;

export function stripComments(html: string): string {
  return html.replace(KEPT_OR_COMMENT, (match) => (match.startsWith('<!--') ? '' : match));
}
