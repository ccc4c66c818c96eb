/**
 * Why a page's LCP is what it is: serves the build as the bench does, runs Lighthouse once per
 * route and prints the nodes of Lantern's simulated largest-contentful-paint graph (its
 * pessimistic one, the superset; Lighthouse averages it with the optimistic one): the requests
 * and main-thread tasks the paint waits for, with their simulated start and end.
 *
 *   npm run build && npx node scripts/bench/firstPaintPath.ts / chapters/sanctions/
 *
 * Lantern keeps a request on the path only if it finished before the paint in the real,
 * unthrottled load and has render-blocking priority (the document, fonts), and of the CPU
 * only the first parse, layout and paint tasks (README, Performance, stop 34).
 */
import lighthouse from 'lighthouse';
import { Simulator } from '@paulirish/trace_engine/models/trace/lantern/simulation/Simulator.js';
import { origin } from './config.ts';
import { launchChrome } from './lighthouse.ts';
import { serve } from './serve.ts';

interface SimNode {
  type: string;
  request?: { url: string; transferSize: number };
  childEvents?: { name: string }[];
}

const routes = process.argv.slice(2);
if (routes.length === 0) throw new Error('Usage: npx node scripts/bench/firstPaintPath.ts <route>...');
const server = await serve();
const chrome = await launchChrome();
try {
  for (const route of routes) {
    const url = `${origin}/${route.replace(/^\//, '')}`;
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const ms = (id: string) => Math.round(result?.lhr.audits[id]?.numericValue ?? Number.NaN);
    console.log(`${url}  FCP ${ms('first-contentful-paint')} ms  LCP ${ms('largest-contentful-paint')} ms`);
    const timings = (Simulator.allNodeTimings as Map<string, Map<SimNode, { startTime: number; endTime: number }>>).get('pessimisticLargestContentfulPaint');
    const rows = [...(timings ?? [])].sort(([, a], [, b]) => a.startTime - b.startTime);
    for (const [node, { startTime, endTime }] of rows) {
      const what = node.request
        ? `${new URL(node.request.url).pathname} (${(node.request.transferSize / 1024).toFixed(1)} KB)`
        : `main thread: ${[...new Set(node.childEvents?.map((e) => e.name).filter((n) => /^(ParseHTML|Layout|Paint|EvaluateScript|UpdateLayoutTree)$/.test(n)))].join(', ')}`;
      console.log(`  ${String(Math.round(startTime)).padStart(5)}-${String(Math.round(endTime)).padEnd(5)} ${what}`);
    }
    Simulator.allNodeTimings.clear();
  }
} finally {
  chrome.kill();
  server.close();
}
