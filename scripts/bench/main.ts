/**
 * Performance benchmark: `npm run bench` (Node 24).
 *
 * Builds the site for its loopback origin, serves the build with gzip and the public/_headers
 * rules, runs Lighthouse (mobile, default simulated throttling) RUNS times on every page and
 * prints the medians against the budgets (config.ts); then scrolls through every chapter at 4x CPU
 * slowdown and reports the longest task and the share of slow frames. Writes bench/results.md.
 * Budgets are reported as pass/fail; timings are noisy, so the command does not fail on them.
 *
 * Environment: PORT (default 4173), OUT_DIR (default dist), CHROME_PATH (default
 * /usr/bin/chromium), RUNS (default 3), PAGES (comma-separated route filter, e.g.
 * "chapters/,embed/"), NO_BUILD=1 to measure an existing build. Each page's latest Lighthouse
 * report is kept as JSON in test-results/bench/.
 *
 * One module per job: config.ts (settings, budgets), serve.ts (build, static host), lighthouse.ts,
 * scroll.ts (scroll-through), report.ts (bench/results.md); pages come from ../distPages.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { distPages } from '../distPages.ts';
import { filters, origin, outDir, runs, type Page } from './config.ts';
import { lighthouseAll } from './lighthouse.ts';
import { report } from './report.ts';
import { scrollThrough } from './scroll.ts';
import { build, serve } from './serve.ts';

/** Every page of the build, narrowed by PAGES. */
function discoverPages(): Page[] {
  return distPages(outDir)
    .filter(({ route }) => filters.length === 0 || filters.some((f) => route.startsWith(f) || (f === '/' && route === '')))
    .map(({ route, kind }) => ({ route, kind }));
}

build();
const pages = discoverPages();
if (pages.length === 0) throw new Error(`No pages in ${outDir}`);
const server = await serve();
try {
  console.log(`Lighthouse (mobile, ${runs} runs) on ${pages.length} pages at ${origin}/`);
  const lh = await lighthouseAll(pages);
  console.log('Scroll-through at 4x CPU slowdown');
  const scroll = await scrollThrough(pages);
  const markdown = report(lh, scroll);
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.md', markdown);
  console.log(`\n${markdown}\nWritten to bench/results.md`);
} finally {
  server.close();
}
