/**
 * A content mistake must stop the build with the file, the line and what is wrong.
 * A step naming an unknown state is proved on the story builder (what `astro build` runs, via
 * lib/loadStory.ts); a data row without a source is caught by the collection schema, so it is
 * proved by running Astro's content layer (`astro sync`) on a broken copy of content/. The one
 * real failing `astro build` is in story.test.ts (an uncited figure, with its line).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../../src/lib/story';
import { buildBroken } from './support/buildBroken';
import { chapterEntry, readContent } from './support/readContent';

describe('a broken content file stops the build', () => {
  it('names the file, the line and the unknown state of a step', () => {
    const input = readContent();
    const file = input.chapters[0]!.filePath!;
    const raw = readFileSync(file, 'utf8');
    const broken = raw.replace(/(:::step\{#[a-z0-9-]+ state=")[A-Za-z0-9]+/, '$1noSuchState');
    expect(broken).not.toBe(raw);
    const line = broken.slice(0, broken.indexOf('noSuchState')).split('\n').length;
    const chapters = input.chapters.map((c, i) => (i === 0 ? chapterEntry(file, broken) : c));
    expect(() => buildStory({ ...input, chapters })).toThrow(
      new RegExp(`^${file.replace(/[.]/g, '\\.')}:${line}:\\d+: step "[a-z0-9-]+" names unknown state "noSuchState" for chart "[a-z0-9-]+"; known states: `),
    );
  });

  it('names the dataset and the missing source of a data row', () => {
    const { status, output } = buildBroken((content) => {
      const dataDir = join(content, 'data');
      const file = join(dataDir, readdirSync(dataDir).filter((f) => f.endsWith('.yaml')).sort()[0]!);
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace(/\n(\s+)source: [a-z0-9-]+/, '\n$1note: source removed'));
    }, 'sync');
    expect(status).not.toBe(0);
    expect(output).toContain('every data row needs a `source` id');
    expect(output).toMatch(/data\/[a-z0-9-]+\.yaml/);
  });
});
