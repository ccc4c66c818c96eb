/**
 * Turns a chapter's Markdown body into segments the chapter page lays out: prose, and
 * scrolly sections whose steps each name a state of the section's chart.
 *
 *   ::::scrolly{chart="ambition-timeline"}
 *   :::step{#strategy-2019 state="strategy2019"}
 *   Text of the step, with a citation :cite[kremlin-2019].
 *   :::
 *   ::::
 *
 * Every rule an author can break is checked here and reported as file:line: what is wrong.
 */
import type { Root, RootContent, Parent, PhrasingContent } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { ContentError } from '../lib/contentError';
import type { SourceKind } from '../lib/schemas';
import { attributes } from '../lib/sourceRules';
import { findUncitedFigure } from './statistics';

export interface StepDef {
  id: string;
  state: string;
  html: string;
  /** Plain text of the step, for word counts and the no-JS summary. */
  text: string;
  /**
   * The id the step had before it was renamed (`was="old-id"`): kept as an anchor in the step,
   * so a link shared under the old name still opens it (the browser scrolls there itself).
   */
  was?: string;
}

export type Segment =
  | { type: 'prose'; html: string }
  | { type: 'scrolly'; chart: string; steps: StepDef[] };

export interface ChapterContext {
  /** Path of the file, for error messages. */
  file: string;
  /** Lines before the body (front matter), so reported lines match the file. */
  lineOffset: number;
  /** Chart id -> its state names. */
  charts: ReadonlyMap<string, readonly string[]>;
  /** Source id -> short label (publisher) for citation titles. */
  sources: ReadonlyMap<string, string>;
  /** Source id -> kind; a figure cited only to state media must be framed and marked as a claim. */
  sourceKinds?: ReadonlyMap<string, SourceKind>;
  /** Site base URL ending in '/'. */
  base: string;
  /** Glossary id -> term, for `:term[text]{#id}`; an id not in it stops the build. */
  glossary?: ReadonlyMap<string, { term: string }>;
}

export interface ParsedChapter {
  segments: Segment[];
  /** Source ids in order of first citation; citation numbers follow this order. */
  citations: string[];
  /** Word count of all prose and steps. */
  words: number;
  /** Glossary ids in order of first use (each first use links to /glossary/#id). */
  terms: string[];
  /** Plain text of all prose and steps, one block a line (for the reading level). */
  text: string;
}

const parser = unified().use(remarkParse).use(remarkDirective);
const toHtml = unified().use(remarkRehype).use(rehypeStringify);

export function parseChapter(markdown: string, ctx: ChapterContext): ParsedChapter {
  const tree = parser.parse(markdown);
  const fail = (message: string, node?: { position?: { start: { line: number; column: number } } | undefined }) => {
    const start = node?.position?.start;
    return new ContentError(ctx.file, message, start ? start.line + ctx.lineOffset : undefined, start?.column);
  };
  const citations: string[] = [];
  const terms: string[] = [];
  const texts: string[] = [];
  const stepIds = new Set<string>();
  let words = 0;

  const render = (nodes: RootContent[]): string => {
    const root: Root = { type: 'root', children: nodes };
    return String(toHtml.stringify(toHtml.runSync(root)));
  };

  /** Replaces :cite[...] with numbered superscript links; restores other text directives. */
  const transformInline = (parent: Parent) => {
    parent.children = parent.children.flatMap((child, i): RootContent[] => {
      if (child.type === 'textDirective') {
        // A citation sits tight against the words it supports: "computers[3]." not "computers [3] .".
        const before = parent.children[i - 1];
        if (child.name === 'cite' && before?.type === 'text') before.value = before.value.replace(/\s+$/, '');
        return child.name === 'term' ? glossaryTerm(child) : [citeOrText(child)];
      }
      if ('children' in child) transformInline(child as Parent);
      return [child];
    }) as typeof parent.children;
    glueCitations(parent);
  };

  /**
   * Glues each citation to the word before it and the punctuation after it, in a span that does
   * not wrap: the numbers are inline blocks (24 px targets), and browsers may break a line on
   * either side of an inline block even with no space there, which left "[3]" alone at the start
   * of a line.
   */
  const isCite = (node: RootContent | undefined) => node?.type === 'emphasis' && node.data?.hName === 'sup';
  const glueCitations = (parent: Parent) => {
    const out: RootContent[] = [];
    const kids = (parent.children as RootContent[]).filter((n) => !(n.type === 'text' && n.value === ''));
    for (let i = 0; i < kids.length; i++) {
      const node = kids[i]!;
      if (!isCite(node)) {
        out.push(node);
        continue;
      }
      const glued: RootContent[] = [];
      const prev = out.at(-1);
      if (prev?.type === 'text') {
        const m = /\S+$/.exec(prev.value);
        if (m) {
          prev.value = prev.value.slice(0, m.index);
          if (!prev.value) out.pop();
          glued.push({ type: 'text', value: m[0] });
        }
      } else if (prev && prev.type !== 'break' && !isCite(prev)) {
        glued.push(out.pop()!);
      }
      glued.push(node);
      // Further citations straight after this one, then the punctuation that follows.
      while (isCite(kids[i + 1])) glued.push(kids[++i]!);
      const next = kids[i + 1];
      if (next?.type === 'text') {
        const m = /^[^\s\p{L}\p{N}]+/u.exec(next.value);
        if (m) {
          glued.push({ type: 'text', value: m[0] });
          next.value = next.value.slice(m[0].length);
          if (!next.value) i++;
        }
      }
      out.push({ type: 'emphasis', data: { hName: 'span', hProperties: { className: ['cite-glue'] } }, children: glued as PhrasingContent[] });
    }
    parent.children = out as typeof parent.children;
  };

  const citeOrText = (node: TextDirective): PhrasingContent => {
    if (node.name !== 'cite') {
      // Not ours (e.g. "ratio 3:1" is fine, but "note:this" parses as a directive): keep the text.
      return { type: 'text', value: `:${node.name}${directiveText(node)}` };
    }
    const ids = directiveText(node).split(/[,\s]+/).filter(Boolean);
    if (ids.length === 0) throw fail('empty citation: write :cite[source-id]', node);
    const claim = isClaim(node);
    for (const id of ids) {
      if (!ctx.sources.has(id)) throw fail(`citation of unknown source "${id}": add it to content/sources.yaml or fix the id`, node);
      if (!citations.includes(id)) citations.push(id);
    }
    // In number order, as a reader expects ("[5] [7]", not "[7] [5]"), whatever order they were written in.
    const numbered = ids.map((id) => ({ id, n: citations.indexOf(id) + 1 })).sort((a, b) => a.n - b.n);
    const links: PhrasingContent[] = numbered.map(({ id, n }) => {
      const label = ctx.sources.get(id)!;
      return {
        type: 'link',
        url: `${ctx.base}sources/#${id}`,
        data: { hProperties: { 'aria-label': `Source ${n}: ${label}${claim ? ' (a claim it reports)' : ''}`, 'data-source': id } },
        children: [{ type: 'text', value: String(n) }],
      };
    });
    return { type: 'emphasis', data: { hName: 'sup', hProperties: { className: claim ? ['cite', 'cite-claim'] : ['cite'] } }, children: links };
  };

  /** `:term[shown text]{#glossary-id}`: the first use per chapter links to the glossary entry; later uses are plain text. */
  const glossaryTerm = (node: TextDirective): RootContent[] => {
    const id = node.attributes?.['id'];
    if (!id) throw fail('a term needs a glossary id: :term[shown text]{#glossary-id}', node);
    const entry = ctx.glossary?.get(id);
    if (!entry) throw fail(`unknown glossary term "${id}": add it to content/glossary.yaml or fix the id`, node);
    if (terms.includes(id)) return node.children;
    terms.push(id);
    return [
      {
        type: 'link',
        url: `${ctx.base}glossary/#${id}`,
        data: { hProperties: { className: ['term'], 'data-term': id } },
        children: node.children,
      },
    ];
  };

  const checkCited = (nodes: RootContent[], where: { position?: RootContent['position'] }) => {
    const text = nodes.map(plainText).join(' ');
    const cites = nodes.flatMap(citesIn);
    const figure = findUncitedFigure(text);
    if (figure && cites.length === 0) throw fail(`the figure "${figure}" has no citation: add :cite[source-id] in the same paragraph or step`, where);
    checkClaims(text, figure, cites, where);
    words += countWords(text);
    texts.push(text);
  };

  /**
   * A figure whose only support is state media is someone's claim: the citation says so with
   * `{claim}` (:cite[tass-id]{claim}) and the text names who claims it ("TASS reported", "he said").
   */
  const checkClaims = (text: string, figure: string | undefined, cites: TextDirective[], where: { position?: RootContent['position'] }) => {
    const ids = cites.flatMap((c) => directiveText(c).split(/[,\s]+/).filter(Boolean));
    const marked = cites.some(isClaim);
    const stateOnly = ids.length > 0 && ids.every((id) => ctx.sourceKinds?.get(id) === 'state-media');
    if (figure && stateOnly && !marked) {
      throw fail(
        `the figure "${figure}" rests only on state media (${ids.map((id) => ctx.sources.get(id) ?? id).join(', ')}): frame it as a claim ("TASS reported ...", "the minister said ...") and mark the citation :cite[${ids[0]}]{claim}, or cite an independent source`,
        where,
      );
    }
    if (marked && !attributes(text)) {
      throw fail('a citation marked {claim} needs the claim attributed in the text: say who says it ("TASS reported", "the minister said", "according to ...")', where);
    }
  };

  const segments: Segment[] = [];
  let prose: RootContent[] = [];
  const flushProse = () => {
    if (prose.length === 0) return;
    segments.push({ type: 'prose', html: render(prose) });
    prose = [];
  };

  for (const node of tree.children) {
    if (node.type === 'containerDirective' && node.name === 'scrolly') {
      flushProse();
      segments.push(parseScrolly(node));
    } else if (node.type === 'containerDirective' || node.type === 'leafDirective') {
      throw fail(`unknown block "${node.name}": only ::::scrolly sections containing :::step blocks are allowed`, node);
    } else {
      if (node.type === 'paragraph' || node.type === 'list' || node.type === 'blockquote') checkCited([node], node);
      if ('children' in node) transformInline(node as Parent);
      prose.push(node);
    }
  }
  flushProse();
  return { segments, citations, words, terms, text: texts.join('\n') };

  function parseScrolly(section: ContainerDirective): Segment {
    const chart = section.attributes?.['chart'];
    if (!chart) throw fail('a scrolly section needs a chart: ::::scrolly{chart="chart-id"}', section);
    const states = ctx.charts.get(chart);
    if (!states) {
      throw fail(`unknown chart "${chart}"; known charts: ${[...ctx.charts.keys()].join(', ')}`, section);
    }
    const steps: StepDef[] = [];
    for (const node of section.children) {
      if (node.type !== 'containerDirective' || node.name !== 'step') {
        throw fail('inside a scrolly section, write only :::step blocks (prose goes between sections)', node);
      }
      const id = node.attributes?.['id'];
      const state = node.attributes?.['state'];
      if (!id) throw fail('a step needs an id: :::step{#my-step state="stateName"}', node);
      if (!/^[a-z][a-z0-9-]*$/.test(id)) throw fail(`step id "${id}" must be lowercase words joined by hyphens`, node);
      if (stepIds.has(id)) throw fail(`duplicate step id "${id}"`, node);
      stepIds.add(id);
      const was = node.attributes?.['was'] ?? undefined;
      if (was !== undefined) {
        if (!/^[a-z][a-z0-9-]*$/.test(was) || stepIds.has(was)) throw fail(`step "${id}": was="${was}" must be an id no other step has, lowercase words joined by hyphens`, node);
        stepIds.add(was);
      }
      if (!state) throw fail(`step "${id}" needs a state: state="stateName"`, node);
      if (!states.includes(state)) {
        throw fail(`step "${id}" names unknown state "${state}" for chart "${chart}"; known states: ${states.join(', ')}`, node);
      }
      const text = node.children.map(plainText).join(' ').trim();
      if (!text) throw fail(`step "${id}" has no text`, node);
      checkCited(node.children, node);
      node.children.forEach((child) => 'children' in child && transformInline(child as Parent));
      steps.push({ id, state, text, html: render(node.children), ...(was ? { was } : {}) });
    }
    if (steps.length === 0) throw fail(`scrolly section for "${chart}" has no steps`, section);
    return { type: 'scrolly', chart, steps };
  }
}

/** Text a reader sees; citation ids are not prose, so they are left out. */
function plainText(node: RootContent): string {
  if (node.type === 'textDirective' && node.name === 'cite') return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(plainText).join(node.type === 'paragraph' ? '' : ' ');
  return '';
}

function directiveText(node: TextDirective): string {
  return node.children.map(plainText).join('');
}

function citesIn(node: RootContent): TextDirective[] {
  if (node.type === 'textDirective' && node.name === 'cite') return [node];
  return 'children' in node ? (node.children as RootContent[]).flatMap(citesIn) : [];
}

function isClaim(node: TextDirective): boolean {
  return node.attributes != null && 'claim' in node.attributes;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
