/**
 * The story as a reader and an educator meet it: five chapters with their parts, enough charts
 * of enough kinds, every figure cited, every source listed and used, every data row sourced,
 * the CSV downloads equal to what the charts draw, and an uncited figure stopping the build
 * with the file, the line and the figure.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBroken } from './support/buildBroken';
import { chapterEntry, readContent, yamlFile } from './support/readContent';
import { datasetCsv, parseCsv, SOURCE_COLUMN } from '../../src/lib/csv';
import { rejectedSchema } from '../../src/lib/schemas';
import { buildStory } from '../../src/lib/story';
import { findUncitedFigure } from '../../src/markdown/statistics';

const SLUGS = ['ambition', 'sanctions', 'brain-drain', 'china-pivot', 'outlook'];

const input = readContent();
const story = buildStory(input);
const chartsOf = (slug: string) => {
  const chapter = story.chapters.find((c) => c.slug === slug)!;
  return chapter.segments.flatMap((s) => (s.type === 'scrolly' ? [s.chart] : []));
};

describe('the five chapters', () => {
  it('are ambition, sanctions, brain-drain, china-pivot and outlook, in that order', () => {
    expect(story.chapters.map((c) => c.slug)).toEqual(SLUGS);
    expect(story.chapters.map((c) => c.data.order)).toEqual([1, 2, 3, 4, 5]);
  });

  describe.each(SLUGS)('%s', (slug) => {
    const chapter = () => story.chapters.find((c) => c.slug === slug)!;
    const steps = () => chapter().segments.flatMap((s) => (s.type === 'scrolly' ? s.steps : []));

    it('has a title, a dek, 3-5 takeaways, 2-4 learning objectives and dates', () => {
      const { data } = chapter();
      expect(data.title.length).toBeGreaterThan(3);
      expect(data.dek.length).toBeGreaterThan(40);
      expect(data.takeaways.length).toBeGreaterThanOrEqual(3);
      expect(data.takeaways.length).toBeLessThanOrEqual(5);
      expect(data.objectives.length).toBeGreaterThanOrEqual(2);
      expect(data.objectives.length).toBeLessThanOrEqual(4);
      expect(data.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(data.updated >= data.published).toBe(true);
    });

    it('puts no figure in the dek or takeaways, where it could not carry a citation', () => {
      const { data } = chapter();
      for (const text of [data.dek, ...data.takeaways]) expect(findUncitedFigure(text), text).toBeUndefined();
    });

    it('opens and closes with prose, and has 6-15 steps', () => {
      const { segments } = chapter();
      expect(segments[0]?.type, 'an opening before the first scrolly section').toBe('prose');
      expect(segments.at(-1)?.type, 'a closing paragraph after the last scrolly section').toBe('prose');
      expect(steps().length).toBeGreaterThanOrEqual(6);
      // The outlook closes with the promise tracker, which fills in one promise a step (issue 12);
      // sanctions' chip-route map takes a step for each family of routes its sources report; the
      // outlook's what-to-watch is two steps so that no card is taller than a 1280x800 screen;
      // china-pivot's chatbot use takes a step for each of its three counts (visits, reach, a
      // poll) and one for the poll's choice between Russian and foreign chatbots, so that every
      // figure a card gives is drawn (six bars in one step left no room for their labels on a
      // 320 px phone, and a note about the whole poll hung from one of its bars).
      expect(steps().length).toBeLessThanOrEqual(slug === 'outlook' ? 21 : slug === 'china-pivot' ? 17 : 15);
    });

    it('hands over to the next chapter in its closing paragraph', () => {
      if (slug === 'outlook') return;
      const last = chapter().segments.at(-1)!;
      expect(last.type === 'prose' && /next chapter|last chapter|final chapter/i.test(last.html)).toBe(true);
    });

    it('shows at least two different visuals', () => {
      const charts = new Set(chartsOf(slug));
      expect(charts.size).toBeGreaterThanOrEqual(2);
      for (const id of charts) expect(story.charts.get(id)!.chapter).toBe(slug);
    });

    it('cites a source in every step that states a figure', () => {
      for (const step of steps()) {
        if (findUncitedFigure(step.text) === undefined) continue;
        expect(step.html, `step #${step.id} states a figure`).toContain('data-source=');
      }
    });
  });
});

describe('charts across the story', () => {
  const used = [...new Set(SLUGS.flatMap(chartsOf))];

  it('has ten or more charts of five or more kinds', () => {
    expect(used.length).toBeGreaterThanOrEqual(10);
    expect(new Set(used.map((id) => story.charts.get(id)!.kind)).size).toBeGreaterThanOrEqual(5);
  });

  it('gives every step an id of two or more descriptive words, unique across the site', () => {
    const ids = [...story.steps.keys()];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/);
      expect(id, 'not a number-only name such as step-3').not.toMatch(/^step-\d+$/);
    }
  });
});

describe('sources', () => {
  const sourceIds = new Set(input.sources.map((s) => s.id));
  const cited = new Set(story.chapters.flatMap((c) => c.citations));
  const dataSources = new Set(input.datasets.flatMap((d) => d.data.rows.map((r) => r.source)));

  it('lists each source once, with publisher, title, URL and dates', () => {
    expect(sourceIds.size).toBe(input.sources.length);
    const urls = input.sources.map((s) => s.data.url);
    expect(new Set(urls).size, 'one entry per URL').toBe(urls.length);
    for (const s of input.sources) {
      expect(s.data.publisher.length, s.id).toBeGreaterThan(1);
      expect(s.data.title.length, s.id).toBeGreaterThan(1);
      expect(s.data.accessed, s.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('knows every cited source and every source a data row names', () => {
    for (const id of cited) expect(sourceIds, `cited: ${id}`).toContain(id);
    for (const id of dataSources) expect(sourceIds, `data row: ${id}`).toContain(id);
  });

  it('uses every source it lists, in the text or in a chart', () => {
    const unused = [...sourceIds].filter((id) => !cited.has(id) && !dataSources.has(id));
    expect(unused, 'sources listed but never cited nor used by a data row').toEqual([]);
  });

  it('gives every data row a source', () => {
    for (const d of input.datasets) d.data.rows.forEach((r, i) => expect(r.source, `${d.filePath} row ${i + 1}`).toBeTruthy());
  });

  it('lists the figures we left out, each with where we saw it and why', () => {
    const rejected = (yamlFile('content/rejected.yaml') as unknown[]).map((r) => rejectedSchema.parse(r));
    expect(rejected.length).toBeGreaterThanOrEqual(5);
    for (const r of rejected) expect(r.reason.length).toBeGreaterThan(10);
  });
});

describe('CSV downloads', () => {
  it('hold exactly the rows each chart draws, in column order, with each row\'s source URL', () => {
    for (const [id, spec] of story.charts) {
      const dataset = story.datasets.get(input.charts.find((c) => c.id === id)!.data.dataset)!;
      const [header, ...rows] = parseCsv(datasetCsv(dataset, story.sources));
      expect(header).toEqual([...spec.columns.map((c) => c.label), SOURCE_COLUMN]);
      expect(rows.length, id).toBe(spec.rows.length);
      spec.rows.forEach((row, i) => {
        const cells = spec.columns.map((c) => (row[c.key] === null || row[c.key] === undefined ? '' : String(row[c.key])));
        expect(rows[i], `${id} row ${i + 1}`).toEqual([...cells, story.sources.get(row.source)!.url]);
      });
    }
  });

  // After a build (OUT_DIR or dist), the files on disk are the ones the helper writes.
  const out = process.env['OUT_DIR'] ?? 'dist';
  it.skipIf(!existsSync(join(out, 'data')))('are written to /data/<dataset>.csv for every dataset', () => {
    for (const [id, dataset] of story.datasets) {
      expect(readFileSync(join(out, 'data', `${id}.csv`), 'utf8'), id).toBe(datasetCsv(dataset, story.sources));
    }
  });
});

describe('an uncited figure', () => {
  const file = 'content/chapters/02-sanctions.md';
  const uncited = 'Russia bought 4,200 graphics cards that year.';

  /** Adds a paragraph with a figure and no citation before the opening paragraph; returns the text and its line. */
  const breakChapter = (raw: string) => {
    const lines = raw.split('\n');
    const at = lines.findIndex((l, i) => i > 0 && l.startsWith('---')) + 2;
    lines.splice(at, 0, uncited, '');
    return { text: lines.join('\n'), line: at + 1 };
  };

  it('stops the story with the file, the line and the figure', () => {
    const { text, line } = breakChapter(readFileSync(file, 'utf8'));
    const broken = { ...input, chapters: input.chapters.map((c) => (c.filePath === file ? chapterEntry(file, text) : c)) };
    expect(() => buildStory(broken)).toThrow(
      `${file}:${line}:1: the figure "4,200" has no citation: add :cite[source-id] in the same paragraph or step`,
    );
  });

  it('stops astro build with the same message', () => {
    let line = 0;
    const result = buildBroken((content) => {
      const target = join(content, file.replace(/^content\//, ''));
      const broken = breakChapter(readFileSync(target, 'utf8'));
      line = broken.line;
      writeFileSync(target, broken.text);
    });
    const output = result.output;
    expect(result.status).not.toBe(0);
    expect(output).toContain(`02-sanctions.md:${line}:1: the figure "4,200" has no citation`);
  });
});
