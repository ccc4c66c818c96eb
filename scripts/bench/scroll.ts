/** A reader flicking through each chapter on a phone at 4x CPU slowdown: long tasks and slow frames. */
import { chromium } from '@playwright/test';
import { chromePath, origin, quietFlags, type Page } from './config.ts';

export interface ScrollResult {
  route: string;
  longestTaskMs: number;
  longTasks: number;
  frames: number;
  slowFrameShare: number;
  worstFrameMs: number;
}

/** Frames longer than one 60 Hz frame (16.7 ms) plus 1 ms of timer jitter count as slow. */
const SLOW_FRAME_MS = 1000 / 60 + 1;

export async function scrollThrough(pages: Page[]): Promise<ScrollResult[]> {
  const browser = await chromium.launch({ executablePath: chromePath, args: quietFlags });
  const results: ScrollResult[] = [];
  try {
    for (const page of pages.filter((p) => p.kind === 'chapter')) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
      const tab = await context.newPage();
      // Installed before any page script, through DevTools (so the page's CSP does not apply).
      await tab.addInitScript(() => {
        const w = window as unknown as { __perf: { tasks: number[]; frames: number[]; recording: boolean; since: number } };
        w.__perf = { tasks: [], frames: [], recording: false, since: Infinity };
        // Entries arrive after their task: one that began before the scroll-through (an island
        // hydrating at load) must not count in it.
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (w.__perf.recording && entry.startTime >= w.__perf.since) w.__perf.tasks.push(entry.duration);
        }).observe({ type: 'longtask' });
        let last = 0;
        const frame = (t: number) => {
          if (w.__perf.recording && last) w.__perf.frames.push(t - last);
          last = t;
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      const cdp = await context.newCDPSession(tab);
      await tab.goto(`${origin}/${page.route}`, { waitUntil: 'load' });
      // Islands wait for the reader's first scroll (src/client/nearDirective.ts), so the ones near
      // the top start inside the recording, as they would under a reader's first flick.
      await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await tab.evaluate(() => {
        const perf = (window as unknown as { __perf: { recording: boolean; since: number } }).__perf;
        perf.recording = true;
        perf.since = performance.now();
      });
      // A reader flicking through: wheel steps of 120 px every 50 ms down to the end.
      await tab.mouse.move(195, 400);
      for (let i = 0; i < 400; i++) {
        await tab.mouse.wheel(0, 120);
        await tab.waitForTimeout(50);
        const atEnd = await tab.evaluate(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 2);
        if (atEnd) break;
      }
      await tab.waitForTimeout(500);
      const perf = await tab.evaluate(() => (window as unknown as { __perf: { tasks: number[]; frames: number[] } }).__perf);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await context.close();
      const slow = perf.frames.filter((d) => d > SLOW_FRAME_MS).length;
      const result: ScrollResult = {
        route: page.route,
        longestTaskMs: Math.max(0, ...perf.tasks),
        longTasks: perf.tasks.length,
        frames: perf.frames.length,
        slowFrameShare: perf.frames.length ? slow / perf.frames.length : 0,
        worstFrameMs: Math.max(0, ...perf.frames),
      };
      results.push(result);
      console.log(`  /${page.route}  longest task ${Math.round(result.longestTaskMs)} ms  slow frames ${(result.slowFrameShare * 100).toFixed(1)}%`);
    }
  } finally {
    await browser.close();
  }
  return results;
}
