/**
 * Screenshots for a person to look at (not compared by any test): written only when SHOTS=1
 * (or STORY_SHOTS=1, which also makes story.spec.ts visit every step), so a normal test run
 * spends no time encoding PNGs nobody opens. They go under test-results/.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Locator, Page } from '@playwright/test';

export const wantShots = Boolean(process.env['SHOTS'] || process.env['STORY_SHOTS']);

/** Screenshots `target` to `path` when shots are wanted; otherwise does nothing. */
export async function shot(target: Page | Locator, path: string, { fullPage = false } = {}): Promise<void> {
  if (!wantShots) return;
  mkdirSync(dirname(path), { recursive: true });
  if ('goto' in target) await target.screenshot({ path, fullPage });
  else await target.screenshot({ path });
}
