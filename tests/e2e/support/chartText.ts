import type { Locator } from '@playwright/test';

/**
 * The smallest text an svg draws, in CSS pixels on screen: each text's font size times its
 * screen scale (as walk.ts measures the live charts). Texts drawn empty are skipped.
 */
export function smallestChartText(svg: Locator): Promise<number> {
  return svg.evaluate((el: SVGSVGElement) =>
    Math.min(...[...el.querySelectorAll('text')].filter((t) => t.getBBox().width > 0).map((t) => parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1))),
  );
}
