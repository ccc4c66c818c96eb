/** bench/results.md: the machine, the budgets, the Lighthouse table and the scroll-through table. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { BUDGET, chromePath, runs } from './config.ts';
import type { PageResult } from './lighthouse.ts';
import type { ScrollResult } from './scroll.ts';

function machine(): string {
  let chromeVersion = 'unknown';
  try {
    chromeVersion = execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Reported as unknown.
  }
  const lighthouseVersion = (JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string }).version;
  return [
    `- CPU: ${availableParallelism()} × ${cpus()[0]?.model.trim() ?? 'unknown'} (nproc ${availableParallelism()})`,
    `- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Browser: ${chromeVersion} (headless)`,
    `- Node ${process.version}, Lighthouse ${lighthouseVersion}, ${runs} runs per page, medians shown`,
  ].join('\n');
}

const fmt = {
  s: (ms: number) => (ms / 1000).toFixed(2),
  ms: (ms: number) => String(Math.round(ms)),
  cls: (v: number) => v.toFixed(3),
  kb: (v: number) => v.toFixed(1),
};

export function report(lh: PageResult[], scroll: ScrollResult[]): string {
  const lhTable = [
    '| page | perf | a11y | best pr. | SEO | LCP s | TBT ms | CLS | JS KB | total KB | budgets |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --- |',
    ...lh.map((r) =>
      [
        `/${r.page.route}`,
        r.performance,
        r.accessibility,
        r.bestPractices,
        r.seo,
        fmt.s(r.lcpMs),
        fmt.ms(r.tbtMs),
        fmt.cls(r.cls),
        fmt.kb(r.jsKb),
        fmt.kb(r.totalKb),
        r.pass ? 'pass' : `**fail**: ${r.over.join(', ')}`,
      ].join(' | ').replace(/^/, '| ').replace(/$/, ' |'),
    ),
  ].join('\n');
  const scrollTable = [
    '| chapter | longest task ms | long tasks | frames | frames over 16.7 ms | worst frame ms | budget (no task > 50 ms) |',
    '| --- | --: | --: | --: | --: | --: | --- |',
    ...scroll.map((s) =>
      `| /${s.route} | ${fmt.ms(s.longestTaskMs)} | ${s.longTasks} | ${s.frames} | ${(s.slowFrameShare * 100).toFixed(1)}% | ${fmt.ms(s.worstFrameMs)} | ${s.longestTaskMs > BUDGET.longTaskMs ? '**fail**' : 'pass'} |`,
    ),
  ].join('\n');
  const failing = [...new Set(lh.flatMap((r) => r.failing))].sort();
  const passed = lh.filter((r) => r.pass).length;
  return `# Benchmark results

Measured ${new Date().toISOString()} with \`npm run bench\`.

${machine()}

Budgets: every Lighthouse category 100, LCP ≤ ${BUDGET.lcpMs / 1000} s, TBT ≤ ${BUDGET.tbtMs} ms,
CLS ≤ ${BUDGET.cls}, JavaScript ≤ ${BUDGET.jsKb.chapter} KB on a chapter and ≤ ${BUDGET.jsKb.embed} KB on an embed page (transferred,
gzip), no long task over ${BUDGET.longTaskMs} ms while scrolling at 4x CPU slowdown.

## Lighthouse, mobile, simulated throttling (medians of ${runs} runs)

${passed} of ${lh.length} pages within every budget.

${lhTable}

${failing.length ? `Audits that cost points in at least one run: ${failing.map((f) => `\`${f}\``).join(', ')}.` : 'No scored audit failed in any run.'}

## Scroll-through at 4x CPU slowdown (phone viewport, wheel steps of 120 px every 50 ms)

${scrollTable}
`;
}
