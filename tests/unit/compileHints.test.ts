/**
 * V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, astro.config.mjs postBanner) heads
 * the islands' code, so that Chrome compiles its functions while the file streams in, off the main
 * thread, rather than one by one on the main thread as an island mounts (issue 18: 160 ms of a
 * phone's first scroll at 4x CPU). The minifier drops comments, so this checks the build itself.
 * Deterministic: it reads the build (run `npm run build` first).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const HINT = '//# allFunctionsCalledOnLoad\n';
const dir = join(process.env['OUT_DIR'] ?? 'dist', '_astro');
const scripts = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')) : [];
/** Files that only name a chunk's export for Astro (an island's or the renderer's entry): nothing to compile. */
const isFacade = (code: string) => /^\s*export\{[^}]*\}from"\.\/[^"]+";?\s*$/.test(code);

describe('compile hints', () => {
  test('the build has island scripts to check', () => expect(scripts.length, `no scripts in ${dir}: build first`).toBeGreaterThan(3));

  test('every island script with code to compile starts with the hint', () => {
    const missing = scripts.filter((f) => {
      const code = readFileSync(join(dir, f), 'utf8');
      return !isFacade(code) && !code.startsWith(HINT);
    });
    expect(missing).toEqual([]);
  });

  test('the engine chunk, which every chapter runs, has it', () => {
    const engine = scripts.filter((f) => /^story\./.test(f));
    expect(engine).toHaveLength(1);
    expect(readFileSync(join(dir, engine[0]!), 'utf8').startsWith(HINT)).toBe(true);
  });
});
