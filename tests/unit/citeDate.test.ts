/**
 * The build does not read the clock: a chapter's "Cite this" box is built with the chapter's
 * last update as the access date (the reader's script swaps in today), so one commit builds the
 * same bytes on any day and the weight budgets (htmlWeight.test.ts) cannot pass on one day and
 * fail on another. Reads the build (run `npm run build` first).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { distPages } from '../../scripts/distPages';

const chapters = distPages(resolve(process.env['OUT_DIR'] ?? 'dist')).filter((p) => p.kind === 'chapter');

test('every chapter is built with its last update as the access date in its citations', () => {
  expect(chapters.length).toBeGreaterThan(0);
  for (const page of chapters) {
    const html = readFileSync(page.file, 'utf8');
    const updated = /<meta name="citation_online_date" content="(\d{4})\/(\d{2})\/(\d{2})"/.exec(html);
    expect(updated, `${page.route}: citation_online_date`).not.toBeNull();
    const accessed = /<time datetime="([^"]+)" data-cite-accessed/.exec(html)?.[1];
    expect(accessed, page.route).toBe(updated!.slice(1).join('-'));
  }
});
