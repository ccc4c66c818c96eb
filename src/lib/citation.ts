/**
 * "Cite this" strings for a chapter: APA 7, MLA 9, Chicago (notes-bibliography, bibliography
 * entry) and BibTeX. Pure functions of the chapter's metadata and an access date, so the same
 * code renders on the server (with the build date) and in the browser (with today's date).
 * The text formats come as runs, so italics survive both as HTML and as a clipboard item.
 */

import { escapeHtml } from './escapeHtml';
import { SITE_NAME } from '../site';

/** The site is the corporate author, as in the chapters' JSON-LD, so every citation agrees. */
export const SITE_AUTHOR = SITE_NAME;

export interface CitationInput {
  /** The chapter's title as written in its front matter (sentence case). */
  title: string;
  /** Absolute URL of the chapter, including the base path. */
  url: string;
  /** Last substantive update, YYYY-MM-DD. */
  updated: string;
  /** When the reader accessed it, YYYY-MM-DD. */
  accessed: string;
  /** Corporate author; defaults to SITE_AUTHOR. */
  author?: string;
  /** Site name; defaults to SITE_NAME. */
  site?: string;
}

/** A piece of citation text; `italic` runs are titles of containers or works. */
export interface Run {
  text: string;
  italic?: boolean;
}

export type CitationStyle = 'apa' | 'mla' | 'chicago' | 'bibtex';

export const STYLE_LABELS: Record<CitationStyle, string> = {
  apa: 'APA 7',
  mla: 'MLA 9',
  chicago: 'Chicago',
  bibtex: 'BibTeX',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

interface Day {
  year: number;
  month: number;
  day: number;
}

function parseDay(iso: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`expected a date as YYYY-MM-DD, got "${iso}"`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Today (or `date`) as YYYY-MM-DD in the reader's own time zone. */
export function isoToday(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const MINOR = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'in', 'nor', 'of', 'on', 'or', 'so', 'the', 'to', 'up', 'yet', 'vs', 'from', 'with', 'into', 'onto', 'over', 'than', 'via', 'per']);

/** Title case for MLA and Chicago: capitalise every word except minor ones in the middle. */
export function titleCase(title: string): string {
  const words = title.split(' ');
  return words
    .map((word, i) => {
      const bare = word.toLowerCase().replace(/[^a-z]/g, '');
      const edge = i === 0 || i === words.length - 1 || /[:.?!]$/.test(words[i - 1] ?? '');
      if (!edge && MINOR.has(bare)) return word.toLowerCase();
      // Both parts of a hyphenated compound take a capital ("Cut-Off"), as MLA and Chicago ask.
      return word.replace(/(^[^A-Za-z]*|-)([a-z])/g, (_, pre: string, c: string) => pre + c.toUpperCase());
    })
    .join(' ');
}

/** Ends a run of text with a full stop unless it already ends in punctuation. */
const stop = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

export function apa(c: CitationInput): Run[] {
  const u = parseDay(c.updated);
  const a = parseDay(c.accessed);
  const author = c.author ?? SITE_AUTHOR;
  const site = c.site ?? SITE_NAME;
  // APA 7: when the author and the site are the same, the site name is left out.
  const siteText = site === author ? '' : ` ${stop(site)}`;
  return [
    { text: `${stop(author)} (${u.year}, ${MONTHS[u.month - 1]} ${u.day}). ` },
    { text: stop(c.title), italic: true },
    { text: `${siteText} Retrieved ${MONTHS[a.month - 1]} ${a.day}, ${a.year}, from ${c.url}` },
  ];
}

/**
 * MLA's and Chicago's opening: the author, or nothing where the site is its own author (MLA 9;
 * Chicago 14.206), so the entry starts with its title rather than the site's name twice.
 */
const byline = (c: CitationInput): string => {
  const author = c.author ?? SITE_AUTHOR;
  return author.toLowerCase() === (c.site ?? SITE_NAME).toLowerCase() ? '' : `${stop(author)} `;
};

export function mla(c: CitationInput): Run[] {
  const u = parseDay(c.updated);
  const a = parseDay(c.accessed);
  return [
    { text: `${byline(c)}“${stop(titleCase(c.title))}” ` },
    { text: titleCase(c.site ?? SITE_NAME), italic: true },
    { text: `, ${u.day} ${MLA_MONTHS[u.month - 1]} ${u.year}, ${c.url}. Accessed ${a.day} ${MLA_MONTHS[a.month - 1]} ${a.year}.` },
  ];
}

export function chicago(c: CitationInput): Run[] {
  const u = parseDay(c.updated);
  const a = parseDay(c.accessed);
  return [
    {
      text:
        `${byline(c)}“${stop(titleCase(c.title))}” ${stop(titleCase(c.site ?? SITE_NAME))} ` +
        `Last modified ${MONTHS[u.month - 1]} ${u.day}, ${u.year}. Accessed ${MONTHS[a.month - 1]} ${a.day}, ${a.year}. ${c.url}.`,
    },
  ];
}

/** Escapes text for a BibTeX field (LaTeX special characters). */
function bibEscape(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}&%$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"');
}

/** A BibTeX key from the site name, year and the last path segment of the URL. */
export function bibKey(c: CitationInput): string {
  const slug = new URL(c.url).pathname.split('/').filter(Boolean).pop() ?? 'chapter';
  const site = (c.site ?? SITE_NAME).toLowerCase().replace(/[^a-z0-9]+/g, '');
  return `${site}${parseDay(c.updated).year}-${slug.replace(/[^A-Za-z0-9-]/g, '')}`;
}

export function bibtex(c: CitationInput): string {
  const u = parseDay(c.updated);
  const fields: [string, string][] = [
    // Double braces keep a corporate author as one name instead of "First Last".
    ['author', `{${bibEscape(c.author ?? SITE_AUTHOR)}}`],
    ['title', bibEscape(c.title)],
    ['howpublished', bibEscape(c.site ?? SITE_NAME)],
    ['year', String(u.year)],
    ['month', BIB_MONTHS[u.month - 1]!],
    ['url', c.url],
    ['urldate', c.accessed],
    ['note', `Last updated ${c.updated}; accessed ${c.accessed}`],
  ];
  const body = fields.map(([k, v]) => (k === 'month' ? `  ${k} = ${v}` : `  ${k} = {${v}}`)).join(',\n');
  return `@misc{${bibKey(c)},\n${body}\n}`;
}

/** Every style as runs (BibTeX is one plain run). */
export function citations(c: CitationInput): Record<CitationStyle, Run[]> {
  return { apa: apa(c), mla: mla(c), chicago: chicago(c), bibtex: [{ text: bibtex(c) }] };
}

export function runsToText(runs: Run[]): string {
  return runs.map((r) => r.text).join('');
}

export function runsToHtml(runs: Run[]): string {
  return runs.map((r) => (r.italic ? `<i>${escapeHtml(r.text)}</i>` : escapeHtml(r.text))).join('');
}
