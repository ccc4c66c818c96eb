/**
 * Joins the validated collections into the story the pages render, checking every rule that
 * spans files: a chart's kind and dataset exist, each state's params fit the kind, every data
 * row cites a known source, step ids are unique across the site. Pure: tests call it directly.
 */
import { chartKinds } from '../charts/kinds';
import type { ChartSpec } from '../charts/types';
import { parseChapter, type ParsedChapter } from '../markdown/parseChapter';
import { ContentError } from './contentError';
import { credit } from './sourceKinds';
import { checkSources, type AggregatorDomain } from './sourceRules';
import type { Chapter, ChartDef, Dataset, GlossaryTerm, Source } from './schemas';

export interface RawEntry<T> {
  id: string;
  data: T;
  filePath?: string | undefined;
  body?: string | undefined;
  /** Lines before the body in the file (front matter). */
  lineOffset?: number;
}

export interface StoryInput {
  chapters: RawEntry<Chapter>[];
  sources: RawEntry<Source>[];
  datasets: RawEntry<Dataset>[];
  charts: RawEntry<ChartDef>[];
  /** Glossary terms that `:term[...]{#id}` may name (none: any :term is an error). */
  glossary?: RawEntry<GlossaryTerm>[];
  base: string;
  /** Domains that are never a source (content/aggregators.yaml). */
  aggregators?: AggregatorDomain[];
  /** Line of each source in content/sources.yaml, for messages. */
  sourceLines?: ReadonlyMap<string, number>;
}

export interface StoryChapter extends ParsedChapter {
  slug: string;
  data: Chapter;
}

export interface StepRef {
  id: string;
  chapter: string;
  chart: string;
  state: string;
}

export interface Story {
  chapters: StoryChapter[];
  charts: Map<string, ChartSpec>;
  sources: Map<string, Source>;
  datasets: Map<string, Dataset>;
  /** Every step of the story by id: which chapter, chart and state. */
  steps: Map<string, StepRef>;
  /** Every glossary term by id. */
  glossary: Map<string, GlossaryTerm>;
}

export function buildStory(input: StoryInput): Story {
  const sources = new Map(input.sources.map((s) => [s.id, s.data]));
  const datasets = new Map(input.datasets.map((d) => [d.id, d.data]));
  const glossary = new Map((input.glossary ?? []).map((g) => [g.id, g.data]));
  checkSources(input.sources, input.aggregators ?? [], input.sourceLines);

  for (const dataset of input.datasets) {
    dataset.data.rows.forEach((row, i) => {
      if (!sources.has(row.source)) {
        throw new ContentError(where(dataset, 'data'), `row ${i + 1} cites unknown source "${row.source}"`);
      }
    });
  }

  const charts = new Map<string, ChartSpec>();
  for (const chart of input.charts) {
    const file = where(chart, 'charts');
    const schema = chartKinds[chart.data.kind];
    if (!schema) throw new ContentError(file, `unknown chart kind "${chart.data.kind}"; known kinds: ${Object.keys(chartKinds).join(', ')}`);
    const dataset = datasets.get(chart.data.dataset);
    if (!dataset) throw new ContentError(file, `unknown dataset "${chart.data.dataset}"`);
    const states: ChartSpec['states'] = {};
    for (const [name, state] of Object.entries(chart.data.states)) {
      const parsed = schema.safeParse(state.params);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'params'}: ${i.message}`).join('; ');
        throw new ContentError(file, `state "${name}" does not fit the ${chart.data.kind} chart: ${issues}`);
      }
      // Islands get the parsed params (defaults filled in), so no schema code ships to the browser.
      states[name] = { summary: state.summary, params: parsed.data as Record<string, unknown> };
    }
    charts.set(chart.id, toSpec(chart.id, chart.data, dataset, sources, states, input.base));
  }

  const stateNames = new Map([...charts].map(([id, spec]) => [id, Object.keys(spec.states)]));
  const sourceLabels = new Map([...sources].map(([id, s]) => [id, s.publisher]));
  const sourceKinds = new Map([...sources].map(([id, s]) => [id, s.kind]));
  const steps = new Map<string, StepRef>();
  const chapters = [...input.chapters]
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry): StoryChapter => {
      const file = where(entry, 'chapters');
      const parsed = parseChapter(entry.body ?? '', {
        file,
        lineOffset: entry.lineOffset ?? 0,
        charts: stateNames,
        sources: sourceLabels,
        sourceKinds,
        glossary,
        base: input.base,
      });
      for (const segment of parsed.segments) {
        if (segment.type !== 'scrolly') continue;
        for (const step of segment.steps) {
          const other = steps.get(step.id);
          if (other) throw new ContentError(file, `step id "${step.id}" is already used in chapter "${other.chapter}"`);
          steps.set(step.id, { id: step.id, chapter: entry.id, chart: segment.chart, state: step.state });
        }
      }
      return { slug: entry.id, data: entry.data, ...parsed };
    });

  return { chapters, charts, sources, datasets, steps, glossary };
}

function toSpec(
  id: string,
  def: ChartDef,
  dataset: Dataset,
  sources: Map<string, Source>,
  states: ChartSpec['states'],
  base: string,
): ChartSpec {
  const used = [...new Set(dataset.rows.map((r) => r.source))];
  return {
    id,
    title: def.title,
    kind: def.kind,
    chapter: def.chapter,
    unit: dataset.unit,
    notes: dataset.notes,
    columns: dataset.columns,
    rows: dataset.rows,
    states,
    sources: used.map((s) => {
      const source = sources.get(s);
      return { id: s, publisher: source ? credit(source) : s, href: `${base}sources/#${s}` };
    }),
  };
}

function where(entry: RawEntry<unknown>, folder: string): string {
  return entry.filePath ?? `content/${folder}/${entry.id}`;
}
