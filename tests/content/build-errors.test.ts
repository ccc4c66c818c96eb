/**
 * A content mistake must stop `astro build` with the file, the line and what is wrong.
 * Each case copies content/ to a temporary folder, breaks one thing, and builds from it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBroken } from './support/buildBroken';

const firstChapter = (content: string) => join(content, 'chapters', readdirSync(join(content, 'chapters')).sort()[0]!);

describe('a broken content file stops the build', () => {
  it('names the file, the line and the unknown state of a step', () => {
    const { status, output } = buildBroken((content) => {
      const file = firstChapter(content);
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace(/(:::step\{#[a-z0-9-]+ state=")[A-Za-z0-9]+/, '$1noSuchState'));
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/chapters\/\d\d-[a-z-]+\.md:\d+:\d+: step "[a-z0-9-]+" names unknown state "noSuchState" for chart "[a-z0-9-]+"; known states: /);
  });

  it('names the dataset and the missing source of a data row', () => {
    const { status, output } = buildBroken((content) => {
      const dataDir = join(content, 'data');
      const file = join(dataDir, readdirSync(dataDir).filter((f) => f.endsWith('.yaml')).sort()[0]!);
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace(/\n(\s+)source: [a-z0-9-]+/, '\n$1note: source removed'));
    });
    expect(status).not.toBe(0);
    expect(output).toContain('every data row needs a `source` id');
    expect(output).toMatch(/data\/[a-z0-9-]+\.yaml/);
  });
});
