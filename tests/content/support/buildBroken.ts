/**
 * Runs Astro on a copy of content/ that `breakContent` has changed, so a test can show that a
 * content mistake stops it and read what it said. `astro build` by default; `astro sync` (the
 * content layer alone: schemas and file names, about a fifth of a build) for mistakes the
 * collection schemas catch. Most content errors are proved faster by calling the story
 * builder directly (support/readContent.ts); keep real builds to the one that proves the
 * wiring (tests/content/story.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** `breakContent` gets the copy's content folder; returns the exit status and all output. */
export function buildBroken(breakContent: (content: string) => void, command: 'build' | 'sync' = 'build'): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  dirs.push(dir);
  const content = join(dir, 'content');
  cpSync('content', content, { recursive: true });
  breakContent(content);
  const result = spawnSync('npx', ['astro', command], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: join(dir, 'dist'), CACHE_DIR: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
