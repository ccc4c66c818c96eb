/**
 * Which static oEmbed file answers a consumer's request. Small and free of story code, so a
 * serverless function (README, "Sharing and embedding") can bundle it to honour `?url=`,
 * `?step=` and `maxwidth`, which a static host cannot: it only serves files.
 */
import { RESERVED_WIDTHS, widthFor, type ReservedWidth } from './heights';

/** What an oEmbed file describes. */
export type OEmbedTarget = { kind: 'chart'; chart: string } | { kind: 'step'; chart: string; step: string } | { kind: 'chapter'; slug: string };

const DEFAULT_WIDTH = RESERVED_WIDTHS.at(-1)!;
const ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** Path of the file inside /oembed/, without `.json`: `w320/` first for a narrower width. */
export function oembedName(target: OEmbedTarget, width: ReservedWidth = DEFAULT_WIDTH): string {
  const prefix = width === DEFAULT_WIDTH ? '' : `w${width}/`;
  if (target.kind === 'chapter') return `${prefix}chapters/${target.slug}`;
  return target.kind === 'step' ? `${prefix}${target.chart}/${target.step}` : `${prefix}${target.chart}`;
}

/** Site path (with base) of an oEmbed file. */
export function oembedFilePath(base: string, target: OEmbedTarget, width?: ReservedWidth): string {
  return `${base.replace(/\/*$/, '/')}oembed/${oembedName(target, width)}.json`;
}

/** Which target a page or oEmbed file of this site stands for, from its path below the base. */
function targetOf(path: string, search: URLSearchParams): OEmbedTarget | undefined {
  const parts = path.split('/');
  if (parts.length === 3 && parts[0] === 'chapters' && parts[2] === '' && ID.test(parts[1]!)) return { kind: 'chapter', slug: parts[1]! };
  if (parts.length === 3 && parts[0] === 'embed' && parts[2] === '' && ID.test(parts[1]!)) {
    const step = search.get('step');
    return step && ID.test(step) ? { kind: 'step', chart: parts[1]!, step } : { kind: 'chart', chart: parts[1]! };
  }
  if (parts[0] === 'oembed' && path.endsWith('.json')) {
    const name = parts.slice(/^w\d+$/.test(parts[1] ?? '') ? 2 : 1);
    name[name.length - 1] = name.at(-1)!.slice(0, -'.json'.length);
    if (!name.every((p) => ID.test(p))) return undefined;
    if (name.length === 2 && name[0] === 'chapters') return { kind: 'chapter', slug: name[1]! };
    if (name.length === 2) return { kind: 'step', chart: name[0]!, step: name[1]! };
    if (name.length === 1) return { kind: 'chart', chart: name[0]! };
  }
  return undefined;
}

/**
 * The site path of the oEmbed file that answers `url` (a chapter, an embed with or without
 * `?step=`, or an oEmbed file a consumer discovered), at the widest measured width within
 * `maxwidth`; undefined when `url` is not a page of the site at `siteUrl` (origin and base).
 * The caller checks the file exists (an unknown chart or step is simply not found).
 */
export function oembedFileFor(siteUrl: string, url: string, maxwidth?: number): string | undefined {
  let site: URL;
  let page: URL;
  try {
    site = new URL(siteUrl);
    page = new URL(url);
  } catch {
    return undefined;
  }
  const base = site.pathname.replace(/\/*$/, '/');
  if (page.origin !== site.origin || !page.pathname.startsWith(base)) return undefined;
  const target = targetOf(page.pathname.slice(base.length), page.searchParams);
  const width = widthFor(maxwidth !== undefined && Number.isFinite(maxwidth) && maxwidth > 0 ? maxwidth : undefined);
  return target ? oembedFilePath(base, target, width) : undefined;
}
