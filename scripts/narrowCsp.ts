/**
 * Narrows each built page's Content-Security-Policy <meta> to the hashes of the inline scripts
 * and styles that page carries. Astro writes the hash of every inline script and style of the
 * whole site into every page (34 on the cover, which has 5): 1.4 KB of incompressible text per
 * page, and a policy that allows more than the page runs. Runs after the build
 * (astro.config.mjs, `astro:build:done`); tests/e2e/security.spec.ts checks the result.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
/** Inline scripts and styles, with their text exactly as the browser hashes it. */
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g;

/** The 'sha256-…' sources of every inline script (not a src= or a data block) and style in `html`. */
export function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const [, tag, attributes, text] of html.matchAll(INLINE)) {
    if (tag === 'script' && /\bsrc=|type="application\/(ld\+)?json"/.test(attributes!)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(text!).digest('base64')}'`);
  }
  return hashes;
}

/** `html` with its CSP meta keeping only the hashes of its own inline scripts and styles. */
export function narrowCsp(html: string): string {
  const own = inlineHashes(html);
  return html.replace(META, (_, open: string, policy: string, close: string) => {
    // Only sha256 sources, the algorithm hashed here (Astro's default); any other is left alone.
    const narrowed = policy.replace(/\s*'sha256-[^']+'/g, (source) => (own.has(source.trim()) ? source : ''));
    return open + narrowed + close;
  });
}

/** Every .html file under `dir`, rewritten in place by `rewrite`. */
export function rewriteHtmlInDir(dir: string, rewrite: (html: string) => string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const html = readFileSync(file, 'utf8');
    const rewritten = rewrite(html);
    if (rewritten !== html) writeFileSync(file, rewritten);
  }
}
