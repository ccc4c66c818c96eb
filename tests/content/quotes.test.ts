/**
 * The exact words: every figure in the prose (as digits; bare years left out) appears in a quote
 * (text or translation) of a source cited in the same paragraph or step, and every numeric value
 * in a data row appears in a quote of that row's source. Reads content/ directly; no build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RootContent } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { datasetSchema, sourceSchema, type Source } from '../../src/lib/schemas';
import { figuresIn, unquotedFigures } from '../../src/lib/sourceRules';

const sources = new Map((parse(readFileSync('content/sources.yaml', 'utf8')) as unknown[]).map((s) => sourceSchema.parse(s)).map((s) => [s.id, s] as const));
const parser = unified().use(remarkParse).use(remarkDirective);

/** Blocks of a chapter as the author's rule sees them: each paragraph, list or quote, and each step. */
function blocks(markdown: string): { line: number; text: string; cited: string[] }[] {
  const out: { line: number; text: string; cited: string[] }[] = [];
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'containerDirective' && node.name === 'scrolly') visit(node.children);
      else if (node.type === 'containerDirective' && node.name === 'step') out.push(block(node.children, node));
      else if (node.type === 'paragraph' || node.type === 'list' || node.type === 'blockquote') out.push(block([node], node));
    }
  };
  visit(parser.parse(markdown).children);
  return out;
}

function block(nodes: RootContent[], at: RootContent) {
  const cited: string[] = [];
  const text = (n: RootContent): string => {
    if (n.type === 'textDirective' && n.name === 'cite') {
      cited.push(...(n as TextDirective).children.map((c) => ('value' in c ? c.value : '')).join('').split(/[,\s]+/).filter(Boolean));
      return '';
    }
    if ('value' in n && typeof n.value === 'string') return n.value;
    return 'children' in n ? (n.children as RootContent[]).map(text).join(' ') : '';
  };
  return { line: at.position?.start.line ?? 0, text: nodes.map(text).join(' '), cited };
}

/** The row's headline value (value, count, rank, low, high) must be in the row's own source. */
const isRowValue = (row: Record<string, unknown>, figure: string) =>
  ['value', 'count', 'rank', 'low', 'high'].some((k) => typeof row[k] === 'number' && String(row[k]) === figure);

const quoted = (ids: string[]): Source[] => ids.map((id) => sources.get(id)).filter((s): s is Source => s !== undefined);

describe('every figure is in the words of a cited source', () => {
  const misses: string[] = [];
  for (const file of readdirSync('content/chapters').filter((f) => f.endsWith('.md')).sort()) {
    const raw = readFileSync(join('content/chapters', file), 'utf8');
    const body = raw.replace(/^---\n[\s\S]*?\n---\n/, '');
    const offset = raw.length === body.length ? 0 : raw.slice(0, raw.length - body.length).split('\n').length - 1;
    for (const b of blocks(body)) {
      for (const figure of unquotedFigures(b.text, quoted(b.cited))) {
        misses.push(`content/chapters/${file}:${b.line + offset}: "${figure}" is in no quote of ${b.cited.join(', ') || '(no citation)'}`);
      }
    }
  }
  for (const file of readdirSync('content/data').filter((f) => f.endsWith('.yaml')).sort()) {
    const data = datasetSchema.parse(parse(readFileSync(join('content/data', file), 'utf8')));
    // A row's values come from its own source; a value that describes the table rather than the
    // row (the size of an index edition, say) may come from another source the same table names.
    const tableSources = quoted([...new Set(data.rows.map((r) => r.source))]);
    // A value derived for drawing (a floor drawn up to 100, the rest of 100 people) is explained
    // in the table's notes, which readers see under the table.
    const explained = new Set(figuresIn(data.notes ?? ''));
    data.rows.forEach((row, i) => {
      const values = Object.entries(row)
        .filter(([, v]) => typeof v === 'number')
        .map(([, v]) => String(v));
      const own = values.flatMap((v) => unquotedFigures(v, quoted([row.source])));
      const missing = own.filter((f) => !explained.has(f) && (unquotedFigures(f, tableSources).length > 0 || isRowValue(row, f)));
      for (const figure of missing) {
        if (figuresIn(figure).length === 0) continue;
        misses.push(`content/data/${file}: row ${i + 1} (${String(row['id'] ?? '')}): ${figure} is in no quote of ${row.source}`);
      }
    });
  }

  it('in chapter prose and data rows', () => {
    expect(misses).toEqual([]);
  });
});
