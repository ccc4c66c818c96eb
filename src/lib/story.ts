/**
 * Joins the validated collections into the story the pages render, checking every rule that
 * spans files: a chart's kind and dataset exist, the rows have the columns the kind needs,
 * each state's params fit the kind and every id a state names (highlight, show, a note's
 * mark, ...) is in the rows, every data row cites a known source, step ids are unique across
 * the site. Pure: tests call it directly.
 */
import { contractOf, isKind, kinds, type KindName, type ParamsOf } from '../charts/registry';
import type { ChartSpec, ChartState } from '../charts/types';
import { parseChapter, type ParsedChapter } from '../markdown/parseChapter';
import { ContentError } from './contentError';
import { lineInState, rowLine, stateLine } from './contentLines';
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
  /** The file's text, so errors in YAML files can name the line. */
  text?: string | undefined;
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
  checkSources(input.sources, input.aggregators ?? [], input.sourceLines);
  const datasets = new Map(input.datasets.map((d) => [d.id, d.data]));
  const glossary = new Map((input.glossary ?? []).map((g) => [g.id, g.data]));

  for (const dataset of input.datasets) {
    dataset.data.rows.forEach((row, i) => {
      if (!sources.has(row.source)) {
        throw new ContentError(where(dataset, 'data'), `row ${i + 1} cites unknown source "${row.source}"`, rowLine(dataset.text, i));
      }
    });
  }

  const charts = new Map<string, ChartSpec>();
  for (const chart of input.charts) {
    const file = where(chart, 'charts');
    const kind = chart.data.kind;
    if (!isKind(kind)) throw new ContentError(file, `unknown chart kind "${kind}"; known kinds: ${Object.keys(kinds).join(', ')}`, line(chart.text, /^kind:/));
    const dataset = input.datasets.find((d) => d.id === chart.data.dataset);
    if (!dataset) throw new ContentError(file, `unknown dataset "${chart.data.dataset}"`, line(chart.text, /^dataset:/));
    charts.set(chart.id, buildChart(kind, chart, dataset, sources, input.base));
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
          // A chart's embed page names its whole chart and each step by id: the two must differ.
          if (charts.has(step.id)) throw new ContentError(file, `step id "${step.id}" is also a chart's id; give the step a name of its own`);
          steps.set(step.id, { id: step.id, chapter: entry.id, chart: segment.chart, state: step.state });
        }
      }
      return { slug: entry.id, data: entry.data, ...parsed };
    });

  return { chapters, charts, sources, datasets, steps, glossary };
}

/**
 * One chart of a known kind: its rows parsed by the kind's row schema, each state's params by
 * its params schema, and every id the states name looked up in the rows.
 */
function buildChart<K extends KindName>(kind: K, chart: RawEntry<ChartDef>, dataset: RawEntry<Dataset>, sources: Map<string, Source>, base: string): ChartSpec<K> {
  const contract = contractOf(kind);
  const file = where(chart, 'charts');
  const dataFile = where(dataset, 'data');
  const rows = dataset.data.rows.map((row, i) => {
    const parsed = contract.row.safeParse(row);
    if (parsed.success) return parsed.data;
    const issues = parsed.error.issues.map((issue) => {
      const column = issue.path.join('.');
      return row[column] === undefined || row[column] === null ? `no \`${column}\`` : `\`${column}\`: ${issue.message}`;
    });
    const id = typeof row['id'] === 'string' ? ` ("${row['id']}")` : '';
    throw new ContentError(dataFile, `row ${i + 1}${id} has ${issues.join(', ')}, which the ${kind} chart "${chart.id}" needs`, rowLine(dataset.text, i));
  });

  const states: Record<string, ChartState<ParamsOf<K>>> = {};
  for (const [name, state] of Object.entries(chart.data.states)) {
    const parsed = contract.params.safeParse(state.params);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'params'}: ${i.message}`).join('; ');
      throw new ContentError(file, `state "${name}" does not fit the ${kind} chart: ${issues}`, stateLine(chart.text, name));
    }
    for (const ref of contract.refs(parsed.data)) {
      const known = new Set(rows.map((r) => String(r[ref.column] ?? '')));
      for (const id of ref.ids) {
        if (known.has(id)) continue;
        throw new ContentError(file, `state "${name}": ${ref.param} names "${id}", but no row of content/data/${dataset.id}.yaml has that ${ref.column}; known: ${[...known].join(', ')}`, lineInState(chart.text, name, [id]));
      }
    }
    const marks = new Set(rows.map((r) => String(r[contract.key] ?? '')));
    const notes = state.notes ?? [];
    notes.forEach((note) => {
      if (marks.has(note.at)) return;
      throw new ContentError(file, `state "${name}": a note is pinned to "${note.at}", but no row of content/data/${dataset.id}.yaml has that ${contract.key}; known: ${[...marks].join(', ')}`, lineInState(chart.text, name, ['at:', note.at]));
    });
    // Islands get the parsed params (defaults filled in), so no schema code ships to the browser.
    states[name] = { summary: state.summary, params: parsed.data, notes };
  }

  const overview = chart.data.overview;
  if (overview !== undefined && !(overview in states)) {
    throw new ContentError(file, `overview names "${overview}", which is not one of this chart's states; known: ${Object.keys(states).join(', ')}`, line(chart.text, /^overview:/));
  }

  const used = [...new Set(dataset.data.rows.map((r) => r.source))];
  const spec: ChartSpec<K> = {
    id: chart.id,
    title: chart.data.title,
    kind,
    chapter: chart.data.chapter,
    unit: dataset.data.unit,
    notes: dataset.data.notes,
    columns: dataset.data.columns,
    rows,
    states,
    overview,
    sources: used.map((s) => {
      const source = sources.get(s);
      return { id: s, publisher: source ? credit(source) : s, href: `${base}sources/#${s}` };
    }),
  };
  return spec;
}

function line(text: string | undefined, pattern: RegExp): number | undefined {
  const at = text?.split('\n').findIndex((l) => pattern.test(l)) ?? -1;
  return at < 0 ? undefined : at + 1;
}

/** The sources a chapter's charts draw on (each row's `source`), once each, in chart order. */
export function chartSources(story: Story, chapter: StoryChapter): string[] {
  const charts = chapter.segments.flatMap((s) => (s.type === 'scrolly' ? [story.charts.get(s.chart)!] : []));
  return [...new Set(charts.flatMap((c) => c.rows.map((r) => r.source)))];
}

function where(entry: RawEntry<unknown>, folder: string): string {
  return entry.filePath ?? `content/${folder}/${entry.id}`;
}
