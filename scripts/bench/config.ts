/** The benchmark's settings (from the environment) and the budgets it reports against. */
import { resolve } from 'node:path';
import type { PageKind } from '../distPages.ts';

export const port = Number(process.env['PORT'] ?? 4173);
export const origin = `http://127.0.0.1:${port}`;
export const outDir = resolve(process.env['OUT_DIR'] ?? 'dist');
export const chromePath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
export const runs = Number(process.env['RUNS'] ?? 3);
export const filters = (process.env['PAGES'] ?? '').split(',').filter(Boolean);
/** Full Lighthouse reports (JSON, open in the Lighthouse viewer), not committed. */
export const reportDir = 'test-results/bench';
/** The same no-network flags the browser tests use (playwright.config.ts). */
export const quietFlags = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** The product's performance budget, per page, in a mobile Lighthouse run. */
export const BUDGET = { score: 100, lcpMs: 1200, tbtMs: 50, cls: 0.01, longTaskMs: 50, jsKb: { chapter: 40, embed: 25, other: 40 } };

export interface Page {
  route: string;
  kind: PageKind;
}
