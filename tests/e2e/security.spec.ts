/**
 * Security over every built page: a Content-Security-Policy <meta> whose script-src has no
 * 'unsafe-inline' (inline scripts are allowed by hash only) and whose hashes are exactly those
 * of the page's own inline scripts and styles (scripts/narrowCsp.ts), no inline style attributes (the
 * policy would block them), and public/_headers giving each page exactly one header policy
 * with the right frame-ancestors (anyone may frame /embed/*, only this site the rest) plus
 * Referrer-Policy, X-Content-Type-Options and Permissions-Policy for every path.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { label, metaCsp, sitePages } from './support/site';

const pages = sitePages();

// Runs once, in the desktop project (playwright.config.ts): these are checks of files.

test('every page has a CSP meta that allows inline scripts only by hash', () => {
  const problems: string[] = [];
  for (const page of pages) {
    const html = readFileSync(page.file, 'utf8');
    const csp = metaCsp(html);
    const scriptSrc = csp?.get('script-src');
    if (!csp) problems.push(`${label(page)}: no CSP meta`);
    else if (scriptSrc === undefined) problems.push(`${label(page)}: CSP without script-src`);
    else if (/'unsafe-inline'|'unsafe-eval'/.test(scriptSrc)) problems.push(`${label(page)}: script-src allows ${scriptSrc}`);
    else if (/(^|\s)(\*|https?:|data:)(\s|$)/.test(scriptSrc)) problems.push(`${label(page)}: script-src allows other origins: ${scriptSrc}`);
    const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>/g)].length;
    if (inlineScripts > 0 && !/'sha(256|384|512)-/.test(scriptSrc ?? '')) problems.push(`${label(page)}: inline scripts without hashes`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test("every page's CSP allows exactly its own inline scripts and styles, by hash", () => {
  const problems: string[] = [];
  for (const page of pages) {
    const html = readFileSync(page.file, 'utf8');
    const csp = metaCsp(html);
    const meta = html.search(/<meta\s+http-equiv="content-security-policy"/i);
    if (!csp || meta < 0) continue; // reported by the test above
    const listed = { script: new Set(csp.get('script-src')?.match(/sha256-[^'\s]+/g)), style: new Set(csp.get('style-src')?.match(/sha256-[^'\s]+/g)) };
    const used = { script: new Set<string>(), style: new Set<string>() };
    for (const m of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
      const kind = m[1] as 'script' | 'style';
      if (kind === 'script' && /\bsrc=|type="application\/(ld\+)?json"/.test(m[2]!)) continue;
      const hash = `sha256-${createHash('sha256').update(m[3]!).digest('base64')}`;
      used[kind].add(hash);
      // What comes after the policy runs only if the policy lists it.
      if (m.index! > meta && !listed[kind].has(hash)) problems.push(`${label(page)}: an inline ${kind} the policy would block: ${m[3]!.slice(0, 60)}`);
    }
    for (const kind of ['script', 'style'] as const) {
      const extra = [...listed[kind]].filter((hash) => !used[kind].has(hash));
      if (extra.length) problems.push(`${label(page)}: ${kind}-src allows ${extra.length} hashes of nothing on the page`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('no page has an inline style attribute, which the policy would block', () => {
  const problems: string[] = [];
  for (const page of pages) {
    const html = readFileSync(page.file, 'utf8');
    for (const m of html.matchAll(/<[a-zA-Z][\w:-]*\b[^>]*?\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/g)) {
      problems.push(`${label(page)}: ${m[0].slice(0, 120)}`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

interface HeaderRule {
  path: string;
  pattern: RegExp;
  headers: Map<string, string>;
}

/** Parses Netlify / Cloudflare Pages `_headers`: a path line, then indented `Name: value` lines. */
function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const path = line.trim();
      const pattern = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      rules.push({ path, pattern, headers: new Map() });
    } else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)?.headers.set(name!.trim().toLowerCase(), value.join(':').trim());
    }
  }
  return rules;
}

test('public/_headers frames embeds for anyone and everything else for this site only', () => {
  const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
  const all = rules.find((r) => r.path === '/*');
  expect(all?.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(all?.headers.get('x-content-type-options')).toBe('nosniff');
  expect(all?.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
  const problems: string[] = [];
  for (const page of pages) {
    const path = `/${page.route}`;
    const csps = rules.filter((r) => r.pattern.test(path) && r.headers.has('content-security-policy'));
    if (csps.length !== 1) {
      problems.push(`${path}: ${csps.length} CSP rules in public/_headers (${csps.map((r) => r.path).join(', ')}); add exactly one`);
      continue;
    }
    const policy = csps[0]!.headers.get('content-security-policy')!;
    const ancestors = policy.match(/frame-ancestors ([^;]+)/)?.[1]?.trim();
    const expected = page.kind === 'embed' ? '*' : "'self'";
    if (ancestors !== expected) problems.push(`${path}: frame-ancestors ${ancestors}, expected ${expected}`);
    // A header default-src/script-src/style-src would lack the per-page hashes and block inline code.
    if (/(^|;\s*)(default-src|script-src|style-src)\b/.test(policy)) problems.push(`${path}: header CSP must leave scripts and styles to the meta policy`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});
