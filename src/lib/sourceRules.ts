/**
 * Rules a source list must keep, each reported as `content/sources.yaml:<line>: what is wrong`:
 * a wire copy names its wire (and only a wire copy has one), a non-English source's quotes carry
 * an English translation, and no source lives on a known aggregator domain.
 * Also the number matching behind "every figure appears in a quote of a cited source".
 */
import { ContentError } from './contentError';
import type { Quote, Source } from './schemas';

export const SOURCES_FILE = 'content/sources.yaml';

/** A domain that is never a source, with the reason (content/aggregators.yaml). */
export interface AggregatorDomain {
  domain: string;
  reason: string;
}

/** Line of each `- id: x` entry in sources.yaml, so messages point at the entry to fix. */
export function sourceLines(yamlText: string): Map<string, number> {
  const lines = new Map<string, number>();
  yamlText.split('\n').forEach((line, i) => {
    const m = /^-\s+id:\s*["']?([a-z0-9-]+)/.exec(line);
    if (m) lines.set(m[1]!, i + 1);
  });
  return lines;
}

/**
 * The aggregator entry that covers a URL: its domain is the URL's host or a parent of it, and
 * when the entry names a path too ("naked-science.ru/community"), the URL's path starts with it.
 */
export function aggregatorFor(url: string, aggregators: readonly AggregatorDomain[]): AggregatorDomain | undefined {
  const parsed = new URL(url);
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  return aggregators.find((a) => {
    const [domain = '', ...rest] = a.domain.split('/');
    const path = rest.length > 0 ? `/${rest.join('/')}` : '';
    return (host === domain || host.endsWith(`.${domain}`)) && parsed.pathname.startsWith(path);
  });
}

export function checkSources(
  sources: readonly { id: string; data: Source }[],
  aggregators: readonly AggregatorDomain[],
  lines: ReadonlyMap<string, number> = new Map(),
  file = SOURCES_FILE,
): void {
  for (const { id, data } of sources) {
    const fail = (message: string) => new ContentError(file, `source "${id}": ${message}`, lines.get(id));
    if (data.kind === 'wire-copy' && !data.wire) {
      throw fail('a wire copy must name its wire: add `wire: Reuters` (or AFP, AP, dpa ...), the agency whose story it is');
    }
    if (data.kind !== 'wire-copy' && data.wire) {
      throw fail(`names a wire (${data.wire}) but its kind is ${data.kind}: use kind wire-copy for a verbatim copy of a wire story`);
    }
    const untranslated = data.quotes.findIndex((q) => !q.translation);
    if (!isEnglish(data.language) && untranslated >= 0) {
      throw fail(`quote ${untranslated + 1} needs a \`translation\` (the source's language is ${data.language}, not en)`);
    }
    const aggregator = aggregatorFor(data.url, aggregators);
    if (aggregator) {
      throw fail(
        `its URL is on ${aggregator.domain}, listed in content/aggregators.yaml (${aggregator.reason}): cite the original publisher, the primary text or a verbatim wire copy instead`,
      );
    }
  }
}

export const isEnglish = (language: string) => language === 'en' || language.startsWith('en-');

/** Attribution words that frame a figure as someone's claim ("TASS reported", "the minister said"). */
const ATTRIBUTION =
  /\b(?:says?|said|saying|claims?|claimed|according to|reports?|reported|told|announced|estimated?|estimates|puts?|forecasts?|expects?|expected|promised|boasted|insists?|insisted|quoted|by (?:its|his|her|their) (?:own )?(?:count|account|figures?))\b/i;

export const attributes = (text: string) => ATTRIBUTION.test(text);

/**
 * The figures in a text, normalised for comparison: "100,000" and "100 000" become 100000,
 * "11,2" (a decimal comma) becomes 11.2. Bare years (1800 to 2099) are left out.
 */
export function figuresIn(text: string): string[] {
  const out: string[] = [];
  // Digits with thousands groups (comma, space, no-break or thin space) or a decimal part.
  const re = /\d+(?:[,\u00a0\u202f\u2009 ]\d{3}(?!\d))*(?:[.,]\d+)?/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    const after = text.slice(m.index + raw.length, m.index + raw.length + 3);
    if (/(?:step|No\.)\s*$/i.test(before)) continue;
    // Part of a name, not a figure: 3DNews, Qwen3, GPT-3.5, H100, TOP500 (ordinals like 31st are figures).
    // A model's size in billions ("702B", "36B") is a figure too.
    if (/[\p{L}]-?$/u.test(before) || (/^\p{L}/u.test(after) && !/^(?:st|nd|rd|th|s|B(?!\p{L}))/u.test(after))) continue;
    // A model's version number: "YandexGPT 2", "GigaChat 3", "Qwen 2.5".
    if (/(?:GPT|Chat|Qwen|Llama|DeepSeek)\s$/.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const value = normalise(raw);
    if (/^(?:1[89]|20)\d{2}$/.test(value)) continue;
    out.push(value);
    // "1 million", "500-700 тыс.", "11,2 трлн": the same figure written out in full.
    const scale = SCALES.find(([re]) => re.test(after3(text, m.index + raw.length)));
    if (scale) out.push(String(Math.round(Number(value) * scale[1] * 1000) / 1000));
  }
  return out;
}

const SCALES: [RegExp, number][] = [
  [/^\s?(?:thousand|тыс)/i, 1e3],
  [/^\s?(?:million|mln|млн)/i, 1e6],
  [/^\s?(?:billion|bn|млрд)/i, 1e9],
  [/^B(?!\p{L})/u, 1e9],
  [/^\s?(?:trillion|трлн)/i, 1e12],
];
const after3 = (text: string, at: number) => text.slice(at, at + 12);

function normalise(raw: string): string {
  // A group separator is followed by exactly three digits; any other comma is a decimal comma.
  let s = raw.replace(/[\u00a0\u202f\u2009 ](?=\d{3}(?!\d))/g, '');
  s = s.replace(/,(?=\d{3}(?!\d))/g, '');
  s = s.replace(',', '.');
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s;
}

/** Small numbers a source writes in words ("first and second", "six to nine months", "tenfold"). */
const NUMBER_WORDS: Record<string, string> = Object.fromEntries(
  [
    ['one|first|once', '1'],
    ['two|second|twice|double|doubled', '2'],
    ['three|third|threefold', '3'],
    ['four|fourth|fourfold', '4'],
    ['five|fifth|fivefold', '5'],
    ['six|sixth|sixfold', '6'],
    ['seven|seventh|sevenfold|seven-fold', '7'],
    ['eight|eighth', '8'],
    ['nine|ninth', '9'],
    ['ten|tenth|tenfold', '10'],
    ['eleven|eleventh', '11'],
    ['twelve|twelfth', '12'],
  ].flatMap(([words, digit]) => words!.split('|').map((w) => [w, digit!])),
);

const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** The figures in a source's quotes (text and translation), digits and small numbers in words. */
export function quotedFigures(quotes: readonly Quote[]): Set<string> {
  const all = new Set<string>();
  for (const q of quotes) {
    for (const t of [q.text, q.translation ?? '']) {
      for (const f of figuresIn(t)) all.add(f);
      for (const w of t.toLowerCase().match(/[a-z-]+/g) ?? []) {
        if (NUMBER_WORDS[w]) all.add(NUMBER_WORDS[w]);
        // "forty-five", "twenty-one": tens and units written out.
        const [tens, unit] = w.split('-');
        if (tens && TENS[tens] !== undefined) all.add(String(TENS[tens] + (unit && NUMBER_WORDS[unit] ? Number(NUMBER_WORDS[unit]) : 0)));
      }
    }
  }
  return all;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DAY_OF_MONTH = new RegExp(`\\b(\\d{1,2})\\s+(?:${MONTHS})\\b`, 'g');

/**
 * Figures of `text` that no quote of the given sources contains. A day of the month in a date
 * ("on 24 April 2023") may also come from a cited source's own publication date.
 */
export function unquotedFigures(text: string, sources: readonly Pick<Source, 'quotes' | 'published'>[]): string[] {
  const quoted = new Set(sources.flatMap((s) => [...quotedFigures(s.quotes)]));
  const days = new Set(sources.map((s) => /^\d{4}-\d{2}-(\d{2})$/.exec(s.published)?.[1]).filter(Boolean).map((d) => String(Number(d))));
  const dated = new Set([...text.matchAll(DAY_OF_MONTH)].map((m) => m[1]!).filter((d) => days.has(d)));
  return [...new Set(figuresIn(text))].filter((f) => !quoted.has(f) && !dated.has(f));
}
