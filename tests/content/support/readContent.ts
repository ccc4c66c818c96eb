/**
 * Reads content/ the way the collections do (same schemas, same file paths and line offsets)
 * into the story builder's input, so content tests can call `buildStory` directly and prove an
 * error message in milliseconds instead of running `astro build`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { chapterSchema, chartSchema, datasetSchema, glossarySchema, sourceSchema, teachSchema } from '../../../src/lib/schemas';
import type { RawEntry, StoryInput } from '../../../src/lib/story';
import type { GuideEntry } from '../../../src/lib/teach';

export const slugOf = (file: string) => file.replace(/\.\w+$/, '').replace(/^\d+-/, '');
export const yamlFile = (path: string) => parse(readFileSync(path, 'utf8')) as unknown;

/** Reads content/ the way the collections do, so the tests see exactly what the build sees. */
export function readContent(dir = 'content'): StoryInput {
  const chapters = readdirSync(join(dir, 'chapters'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => chapterEntry(join(dir, 'chapters', file), readFileSync(join(dir, 'chapters', file), 'utf8')));
  const list = <T>(path: string, schema: { parse: (v: unknown) => T }) =>
    (yamlFile(path) as { id: string }[]).map((item) => ({ id: item.id, data: schema.parse(item), filePath: path }));
  const folder = <T>(sub: string, schema: { parse: (v: unknown) => T }) =>
    readdirSync(join(dir, sub))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => ({ id: slugOf(f), data: schema.parse(yamlFile(join(dir, sub, f))), filePath: join(dir, sub, f) }));
  return {
    chapters,
    sources: list(join(dir, 'sources.yaml'), sourceSchema),
    glossary: list(join(dir, 'glossary.yaml'), glossarySchema),
    datasets: folder('data', datasetSchema),
    charts: folder('charts', chartSchema),
    base: '/',
  };
}

export function chapterEntry(filePath: string, raw: string): RawEntry<ReturnType<typeof chapterSchema.parse>> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(raw);
  if (!match) throw new Error(`${filePath} has no front matter`);
  const file = filePath.split('/').at(-1)!;
  return {
    id: slugOf(file),
    data: chapterSchema.parse(parse(match[1]!)),
    filePath: `content/chapters/${file}`,
    body: raw.slice(match[0].length),
    lineOffset: match[0].split('\n').length - 1,
  };
}


/** A lesson guide as loadTeach.ts hands it to `buildGuides`: its data, file path and raw text. */
export function guideEntry(filePath: string, raw: string): GuideEntry {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(raw);
  if (!match) throw new Error(`${filePath} has no front matter`);
  const file = filePath.split('/').at(-1)!;
  return { id: slugOf(file), data: teachSchema.parse(parse(match[1]!)), filePath: `content/teach/${file}`, raw };
}
