/** Lighthouse (mobile, default simulated throttling) RUNS times per page; medians against the budget. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { BUDGET, chromePath, origin, quietFlags, reportDir, runs, type Page } from './config.ts';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  jsKb: number;
  totalKb: number;
  failing: string[];
}

async function lighthouseRun(port: number, url: string): Promise<LighthouseRun> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  // The full report of the latest run of each page, to see why a number is what it is.
  const name = new URL(url).pathname.replace(/^\/|\/$/g, '').replaceAll('/', '_') || 'index';
  mkdirSync(reportDir, { recursive: true });
  writeFileSync(join(reportDir, `${name}.json`), JSON.stringify(lhr));
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const requests = (lhr.audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [];
  const bytes = (filter: (type: string) => boolean) =>
    requests.filter((r) => filter(r.resourceType ?? '')).reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1024;
  // Audits that cost a category points, to say why a score is under 100.
  const failing = Object.values(lhr.categories).flatMap((category) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category.id}:${ref.id}`),
  );
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    jsKb: bytes((t) => t === 'Script'),
    totalKb: bytes(() => true),
    failing,
  };
}

const median = (values: number[]): number => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export interface PageResult extends LighthouseRun {
  page: Page;
  pass: boolean;
  over: string[];
}

function judge(page: Page, r: LighthouseRun): { pass: boolean; over: string[] } {
  const over: string[] = [];
  if (r.performance < BUDGET.score) over.push(`performance ${r.performance}`);
  if (r.accessibility < BUDGET.score) over.push(`accessibility ${r.accessibility}`);
  if (r.bestPractices < BUDGET.score) over.push(`best practices ${r.bestPractices}`);
  // Embeds are noindex on purpose (their chapter is canonical), which Lighthouse's SEO category
  // counts against them (is-crawlable); search engines are for the pages they embed.
  if (r.seo < BUDGET.score && page.kind !== 'embed') over.push(`SEO ${r.seo}`);
  if (r.lcpMs > BUDGET.lcpMs) over.push(`LCP ${(r.lcpMs / 1000).toFixed(2)} s`);
  if (r.tbtMs > BUDGET.tbtMs) over.push(`TBT ${Math.round(r.tbtMs)} ms`);
  if (r.cls > BUDGET.cls) over.push(`CLS ${r.cls.toFixed(3)}`);
  if (r.jsKb > BUDGET.jsKb[page.kind]) over.push(`JS ${r.jsKb.toFixed(1)} KB`);
  return { pass: over.length === 0, over };
}

/** The headless Chrome Lighthouse drives (also scripts/bench/firstPaintPath.ts). */
export const launchChrome = () => chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', ...quietFlags] });

export async function lighthouseAll(pages: Page[]): Promise<PageResult[]> {
  const chrome = await launchChrome();
  const results: PageResult[] = [];
  try {
    for (const page of pages) {
      const all: LighthouseRun[] = [];
      for (let i = 0; i < runs; i++) {
        try {
          all.push(await lighthouseRun(chrome.port, `${origin}/${page.route}`));
        } catch (error) {
          console.error(`  /${page.route} run ${i + 1}: ${(error as Error).message}`);
        }
      }
      if (all.length === 0) continue;
      const m = (key: keyof Omit<LighthouseRun, 'failing'>) => median(all.map((r) => r[key]));
      const run: LighthouseRun = {
        performance: m('performance'),
        accessibility: m('accessibility'),
        bestPractices: m('bestPractices'),
        seo: m('seo'),
        lcpMs: m('lcpMs'),
        tbtMs: m('tbtMs'),
        cls: m('cls'),
        jsKb: m('jsKb'),
        totalKb: m('totalKb'),
        failing: [...new Set(all.flatMap((r) => r.failing))],
      };
      const result = { page, ...run, ...judge(page, run) };
      results.push(result);
      console.log(`  /${page.route}  perf ${run.performance}  LCP ${(run.lcpMs / 1000).toFixed(2)} s  TBT ${Math.round(run.tbtMs)} ms  ${result.pass ? 'pass' : `over: ${result.over.join(', ')}`}`);
    }
  } finally {
    chrome.kill();
  }
  return results;
}
