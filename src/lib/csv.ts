/**
 * Every CSV the site writes, in one place: the dataset downloads (/data/<dataset>.csv) and the
 * tables in a chapter's data ZIP (lib/chapterData.ts). RFC 4180 quoting, CRLF line ends, and a
 * parser so tests can read a file back and compare it with the rows a chart draws. Pure.
 */
import type { Dataset, Source } from './schemas';

/** One field: quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of fields -> CSV text, each record ended by CRLF. */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** CSV text -> rows of strings (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Header label of the column that carries each row's source URL. */
export const SOURCE_COLUMN = 'Source';

type DatasetRow = Dataset['rows'][number];

/**
 * A dataset as CSV: its columns in their declared order (labels as headers), then the columns
 * `extra` names, filled per row by `cells` (how each row's source is shown).
 */
export function datasetTableCsv(dataset: Dataset, extra: readonly string[], cells: (row: DatasetRow) => readonly unknown[]): string {
  const header = [...dataset.columns.map((c) => c.label), ...extra];
  const rows = dataset.rows.map((row) => [...dataset.columns.map((c) => row[c.key]), ...cells(row)]);
  return toCsv([header, ...rows]);
}

/**
 * A dataset as a CSV file: its columns in their declared order (labels as headers), then the
 * URL of each row's source, so a reader can check any number from the spreadsheet alone.
 */
export function datasetCsv(dataset: Dataset, sources: ReadonlyMap<string, Pick<Source, 'url'>>): string {
  return datasetTableCsv(dataset, [SOURCE_COLUMN], (row) => [sources.get(row.source)?.url ?? row.source]);
}
