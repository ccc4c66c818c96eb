/**
 * Loads every collection once per build and hands the joined, validated story to pages.
 * A content mistake throws a ContentError here, which stops `astro build`.
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { contentDir } from './contentDir';
import { sourceLines } from './sourceRules';
import { buildStory, type Story } from './story';
import { basePath } from '../site';

let cached: Promise<Story> | undefined;

export function loadStory(): Promise<Story> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Story> {
  const [chapters, sources, datasets, charts, glossary, aggregators] = await Promise.all([
    getCollection('chapters'),
    getCollection('sources'),
    getCollection('datasets'),
    getCollection('charts'),
    getCollection('glossary'),
    getCollection('aggregators'),
  ]);
  return buildStory({
    chapters: chapters.map((c) => ({ ...c, lineOffset: frontMatterLines(c.filePath, c.body) })),
    sources,
    datasets: datasets.map((d) => ({ ...d, text: fileText(d.filePath) })),
    charts: charts.map((c) => ({ ...c, text: fileText(c.filePath) })),
    glossary,
    aggregators: aggregators.map((a) => ({ domain: a.id, reason: a.data.reason })),
    sourceLines: sourceLines(readFileSync(`${contentDir}/sources.yaml`, 'utf8')),
    base: basePath(),
  });
}

/** Lines before the Markdown body, so errors report the line in the file an author edits. */
function frontMatterLines(filePath: string | undefined, body: string | undefined): number {
  if (!filePath || !body) return 0;
  const raw = readFileSync(filePath, 'utf8');
  const at = raw.indexOf(body.slice(0, 80));
  return at < 0 ? 0 : raw.slice(0, at).split('\n').length - 1;
}

/** A YAML file's text, so the story builder's errors can name the line. */
function fileText(filePath: string | undefined): string | undefined {
  try {
    return filePath ? readFileSync(filePath, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}
