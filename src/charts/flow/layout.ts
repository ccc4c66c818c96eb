/**
 * Flow layout: a link diagram of who depends on whom. Each name in `from`/`to` is a node; a
 * node's column is one more than the furthest column linking into it (sources sit in column
 * 0). Wide frames run the columns left to right; below WIDE_FROM they run top to bottom so
 * node boxes stay wide enough to read. Link labels sit in the band between columns, pushed
 * apart so they never overlap. Status is a dash pattern and a word in the label. The graph
 * maths is in graph.ts, the routing of links past boxes in route.ts.
 */
import { linkHorizontal, linkVertical } from 'd3-shape';
import type { Row } from '../../lib/schemas';
import { spread, spreadExtent } from '../shared/spread';
import { textWidth, wrapText } from '../shared/text';
import type { Size } from '../types';
import { nodeColumns, orderColumns } from './graph';
import type { FlowParams, FlowStatus } from './schema';
import { horizontalLinkYAt, joinSegments, laneThrough, portOffsets, type Box } from './route';

export const FONT_SIZE = 13;
/** Node text in narrow node boxes (four or more side by side on a phone). */
export const SMALL_FONT_SIZE = 12;
export const SMALLEST_FONT_SIZE = 11;
export const LINK_FONT_SIZE = 12;
export const LINE_HEIGHT = 16;
export const LINK_LINE_HEIGHT = 14;
/** Below this width the columns are laid out top to bottom. */
export const WIDE_FROM = 520;
const MARGIN = 2;
const PAD_X = 6;
const PAD_Y = 5;
const LABEL_PAD = 3;
const NODE_GAP = 12;
const MIN_BOX = 110;
/** Narrowest band between columns that still shows a link and its label side by side. */
const MIN_BAND = 150;
const MAX_LABEL = 200;
/** Widest node box when rows run top to bottom. */
const MAX_ROW_BOX = 220;
const ARROW = 7;
/** Narrowest link-label slot on a phone before labels stack in tiers. */
const MIN_SLOT = 72;

export type { Box };
export { horizontalLinkYAt, laneThrough, nodeColumns, portOffsets };

export interface FlowNode extends Box {
  id: string;
  column: number;
  lines: string[];
  fontSize: number;
  /** The name did not fit its box whole (its tooltip then gives it in full). */
  shortened: boolean;
  visible: boolean;
  highlighted: boolean;
}

export interface FlowLinkLabel extends Box {
  /** Centre of the text, for text-anchor middle. */
  cx: number;
  lines: string[];
}

export interface FlowLink {
  id: string;
  from: string;
  to: string;
  status: FlowStatus;
  path: string;
  arrow: string;
  label: FlowLinkLabel;
  /** Link, status and label in words, for tooltips and screen readers. */
  full: string;
  highlighted: boolean;
  visible: boolean;
}

export interface FlowLayout {
  vertical: boolean;
  nodes: FlowNode[];
  links: FlowLink[];
}

const text = (row: Row, key: string): string => String(row[key] ?? '').trim();

/** 'cut', 'active' or 'claimed'; anything else is drawn as active. */
export function toStatus(value: string): FlowStatus {
  return value === 'cut' || value === 'claimed' ? value : 'active';
}

export function layoutFlow(rows: Row[], params: FlowParams, size: Size): FlowLayout {
  const links = rows.map((row) => ({
    id: text(row, 'id'),
    from: text(row, 'from'),
    to: text(row, 'to'),
    status: toStatus(text(row, 'status')),
    text: text(row, 'label'),
  }));
  const ids = [...new Set(links.flatMap((l) => [l.from, l.to]))];
  const columns = nodeColumns(links);
  const order = orderColumns(ids, columns, links);
  const shown = (id: string) => params.show === undefined || params.show.includes(id);
  const vertical = !fitsSideways(order.length, size.width);
  const geometry = vertical ? verticalGeometry(order, links, size) : horizontalGeometry(order, links, size);

  const nodes: FlowNode[] = ids.map((id) => {
    const box = geometry.boxes.get(id)!;
    const touching = links.filter((l) => l.from === id || l.to === id);
    return {
      id,
      column: columns.get(id)!,
      ...box,
      shortened: box.lines.join(' ').replace(/\s+/g, ' ') !== id.replace(/\s+/g, ' '),
      visible: touching.some((l) => shown(l.id)),
      highlighted: touching.some((l) => params.highlight.includes(l.id) && shown(l.id)),
    };
  });
  const flowLinks: FlowLink[] = links.map((l) => ({
    id: l.id,
    from: l.from,
    to: l.to,
    status: l.status,
    path: geometry.paths.get(l.id)!.path,
    arrow: geometry.paths.get(l.id)!.arrow,
    label: geometry.labels.get(l.id)!,
    full: `${l.from} to ${l.to} (${l.status})${l.text ? `: ${l.text}` : ''}`,
    highlighted: params.highlight.includes(l.id),
    visible: shown(l.id),
  }));
  return { vertical, nodes, links: flowLinks };
}

/** Widths of a node box and of the band between columns when they run left to right. */
export function sidewaysWidths(columns: number, width: number): { box: number; band: number } {
  const inner = width - 2 * MARGIN;
  if (columns <= 1) return { box: Math.min(220, inner), band: 0 };
  const box = Math.max(1, Math.min(200, (inner - (columns - 1) * MIN_BAND) / columns));
  return { box, band: (inner - columns * box) / (columns - 1) };
}

/** Left to right only from WIDE_FROM, and only while boxes and link bands stay readable. */
export function fitsSideways(columns: number, width: number): boolean {
  return width >= WIDE_FROM && sidewaysWidths(columns, width).box >= MIN_BOX;
}

/** The words on a link: its status first (so shortening never drops it), then its label. */
export function linkText(label: string, status: FlowStatus): string {
  const word = `${status[0]!.toUpperCase()}${status.slice(1)}`;
  return label ? `${word}: ${label}` : word;
}

type NodeBox = Box & { lines: string[]; fontSize: number };

interface Geometry {
  boxes: Map<string, NodeBox>;
  paths: Map<string, { path: string; arrow: string }>;
  labels: Map<string, FlowLinkLabel>;
}

type LinkIn = { id: string; from: string; to: string; status: FlowStatus; text: string };

const clipLines = (lines: string[], limit: number): string[] =>
  lines.length <= limit ? lines : [...lines.slice(0, limit - 1), `${lines[limit - 1]!.replace(/[\s,.;:]+$/, '')}…`];

/** Lines of `value` wrapped to `width`; a word too long for the width is cut with an ellipsis. */
function fitLines(value: string, width: number, fontSize: number, limit: number): string[] {
  const perLine = Math.max(1, Math.floor(width / textWidth('n', fontSize)));
  return clipLines(wrapText(value, width, fontSize), limit).map((line) =>
    textWidth(line, fontSize) <= width ? line : `${line.slice(0, Math.max(1, perLine - 1))}…`,
  );
}

function horizontalGeometry(order: string[][], links: LinkIn[], size: Size): Geometry {
  const n = Math.max(1, order.length);
  const inner = size.width - 2 * MARGIN;
  const { box: boxWidth, band } = sidewaysWidths(n, size.width);
  const top = MARGIN;
  const bottom = size.height - MARGIN;
  const colX = (c: number) => MARGIN + c * (boxWidth + band);

  let boxes = new Map<string, NodeBox>();
  for (const limit of [Infinity, 2, 1]) {
    boxes = new Map();
    let fits = true;
    order.forEach((col, c) => {
      const items = col.map((id) => {
        const lines = fitLines(id, boxWidth - 2 * PAD_X, FONT_SIZE, limit);
        return { id, lines, height: lines.length * LINE_HEIGHT + 2 * PAD_Y };
      });
      const total = items.reduce((s, i) => s + i.height, 0);
      const free = bottom - top - total;
      if (free < NODE_GAP * (items.length - 1)) fits = false;
      const gap = Math.max(NODE_GAP, free / items.length);
      let y = top + Math.max(0, free - gap * (items.length - 1)) / 2;
      for (const item of items) {
        boxes.set(item.id, { x: colX(c), y, width: boxWidth, height: item.height, lines: item.lines, fontSize: FONT_SIZE });
        y += item.height + gap;
      }
    });
    if (fits) break;
  }

  const paths = new Map<string, { path: string; arrow: string }>();
  const draw = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();
  const ports = portOffsets(links, boxes, 'y');
  const ends = new Map<string, { sx: number; sy: number; tx: number; ty: number }>();
  const columnOf = (id: string) => order.findIndex((col) => col.includes(id));
  for (const l of links) {
    const s = boxes.get(l.from)!;
    const t = boxes.get(l.to)!;
    const forward = t.x > s.x;
    const sx = forward ? s.x + s.width : s.x;
    const tx = forward ? t.x : t.x + t.width;
    const sy = s.y + s.height / 2 + (ports.get(`out:${l.id}`) ?? 0);
    const ty = t.y + t.height / 2 + (ports.get(`in:${l.id}`) ?? 0);
    const dir = tx >= sx ? 1 : -1;
    // A link spanning columns passes each column in between through a free lane.
    const from = columnOf(l.from);
    const to = columnOf(l.to);
    const segments: string[] = [];
    let at: [number, number] = [sx, sy];
    let firstStop: [number, number] | undefined;
    for (let c = from + 1; forward && c < to; c++) {
      const spans = order[c]!.map((id) => [boxes.get(id)!.y, boxes.get(id)!.y + boxes.get(id)!.height] as [number, number]);
      const y = laneThrough(spans, top, bottom, sy + ((ty - sy) * (c - from)) / (to - from));
      segments.push(draw({ source: at, target: [colX(c), y] }) ?? '', `M${colX(c)},${y}L${colX(c) + boxWidth},${y}`);
      firstStop ??= [colX(c), y];
      at = [colX(c) + boxWidth, y];
    }
    segments.push(draw({ source: at, target: [tx - dir * ARROW, ty] }) ?? '');
    // The label sits where the first leg crosses the band after the source column.
    ends.set(l.id, { sx, sy, tx: firstStop?.[0] ?? tx, ty: firstStop?.[1] ?? ty });
    paths.set(l.id, {
      path: joinSegments(segments),
      arrow: `M${tx - dir * ARROW},${ty - 4.5}L${tx},${ty}L${tx - dir * ARROW},${ty + 4.5}Z`,
    });
  }

  // Labels in the band to the right of the source column, near where the link crosses it.
  const labels = new Map<string, FlowLinkLabel>();
  // Labels narrower than the band leave the line (and its dash pattern) visible either side.
  const labelWidth = Math.max(40, Math.min(MAX_LABEL, (n === 1 ? inner : band) - 16));
  const byBand = new Map<number, { id: string; center: number; cx: number; lines: string[] }[]>();
  for (const l of links) {
    const { sx, sy, tx, ty } = ends.get(l.id)!;
    const c = Math.min(order.findIndex((col) => col.includes(l.from)), n - 2);
    const cx = n === 1 ? (sx + tx) / 2 : colX(Math.max(0, c)) + boxWidth + band / 2;
    const list = byBand.get(c) ?? [];
    list.push({ id: l.id, center: horizontalLinkYAt(sx, sy, tx, ty, cx), cx, lines: [linkText(l.text, l.status)] });
    byBand.set(c, list);
  }
  for (const list of byBand.values()) {
    list.sort((a, b) => a.center - b.center);
    let sized: { id: string; center: number; cx: number; lines: string[]; size: number }[] = [];
    for (const limit of [5, 3, 2, 1]) {
      sized = list.map((item) => {
        const lines = fitLines(item.lines[0]!, labelWidth - 2 * LABEL_PAD, LINK_FONT_SIZE, limit);
        return { ...item, lines, size: lines.length * LINK_LINE_HEIGHT + 2 * LABEL_PAD };
      });
      if (spreadExtent(sized, 4) <= bottom - top) break;
    }
    const starts = spread(sized, top, bottom, 4);
    sized.forEach((item, i) => {
      const w = Math.max(...item.lines.map((line) => textWidth(line, LINK_FONT_SIZE))) + 2 * LABEL_PAD;
      labels.set(item.id, { x: item.cx - w / 2, y: starts[i]!, width: w, height: item.size, cx: item.cx, lines: item.lines });
    });
  }
  return { boxes, paths, labels };
}

function verticalGeometry(order: string[][], links: LinkIn[], size: Size): Geometry {
  const inner = size.width - 2 * MARGIN;
  const n = order.length;
  const bandOf = (id: string) => Math.min(order.findIndex((col) => col.includes(id)), Math.max(0, n - 2));

  const attempt = (nodeLimit: number, linkLimit: number) => {
    const rowsOf = order.map((col) => {
      const nodeGap = (inner - (col.length - 1) * NODE_GAP) / Math.max(1, col.length) < 72 ? NODE_GAP / 2 : NODE_GAP;
      // Capped so a lone box does not fill the row: links that skip it pass beside it.
      const width = Math.min(MAX_ROW_BOX, (inner - (col.length - 1) * nodeGap) / Math.max(1, col.length));
      const fontSize = width < 72 ? SMALLEST_FONT_SIZE : width < 100 ? SMALL_FONT_SIZE : FONT_SIZE;
      const pad = width < 72 ? PAD_X - 2 : PAD_X;
      const items = col.map((id) => ({ id, lines: fitLines(id, width - 2 * pad, fontSize, nodeLimit) }));
      const height = Math.max(0, ...items.map((i) => i.lines.length)) * LINE_HEIGHT + 2 * PAD_Y;
      return { width, items, height, fontSize, nodeGap };
    });
    // Each band lays its labels side by side, one slot per link; when slots would be too
    // narrow to read, the labels take turns in several tiers.
    const bands = Array.from({ length: Math.max(0, n - 1) }, (_, b) => {
      const inBand = links.filter((l) => bandOf(l.from) === b);
      const perTier = Math.max(1, Math.min(inBand.length, Math.floor((inner + 4) / (MIN_SLOT + 4))));
      const tiers = Math.ceil(inBand.length / perTier);
      const slot = (inner - (perTier - 1) * 4) / perTier;
      const items = inBand.map((l) => ({ id: l.id, lines: fitLines(linkText(l.text, l.status), slot - 2 * LABEL_PAD, LINK_FONT_SIZE, linkLimit) }));
      const tierHeight = Math.max(0, ...items.map((i) => i.lines.length)) * LINK_LINE_HEIGHT + 2 * LABEL_PAD;
      const height = tiers * tierHeight + (tiers - 1) * 4 + 2 * ARROW + 8;
      return { items, height, tiers, tierHeight };
    });
    const total = rowsOf.reduce((s, r) => s + r.height, 0) + bands.reduce((s, b) => s + b.height, 0);
    return { rowsOf, bands, total };
  };
  const available = size.height - 2 * MARGIN;
  let plan = attempt(Infinity, Infinity);
  // Node names matter most: link labels shrink first (their tooltips and the table keep all).
  for (const [nodeLimit, linkLimit] of [[Infinity, 4], [Infinity, 3], [Infinity, 2], [Infinity, 1], [3, 1], [2, 1], [1, 1]] as const) {
    if (plan.total <= available) break;
    plan = attempt(nodeLimit, linkLimit);
  }
  const extra = plan.bands.length ? Math.max(0, Math.min(80, (available - plan.total) / plan.bands.length)) : 0;

  const boxes = new Map<string, NodeBox>();
  const bandTop: number[] = [];
  let y = MARGIN + (plan.bands.length ? 0 : Math.max(0, (available - plan.total) / 2));
  plan.rowsOf.forEach((row, r) => {
    row.items.forEach((item, i) => {
      const left = MARGIN + (inner - row.items.length * row.width - (row.items.length - 1) * row.nodeGap) / 2;
      boxes.set(item.id, { x: left + i * (row.width + row.nodeGap), y, width: row.width, height: row.height, lines: item.lines, fontSize: row.fontSize });
    });
    y += row.height;
    if (r < plan.bands.length) {
      bandTop.push(y);
      y += plan.bands[r]!.height + extra;
    }
  });

  const paths = new Map<string, { path: string; arrow: string }>();
  const draw = linkVertical<{ source: [number, number]; target: [number, number] }, [number, number]>();
  const ports = portOffsets(links, boxes, 'x');
  const mids = new Map<string, number>();
  const layerOf = (id: string) => order.findIndex((col) => col.includes(id));
  for (const l of links) {
    const s = boxes.get(l.from)!;
    const t = boxes.get(l.to)!;
    const down = t.y > s.y;
    const sx = s.x + s.width / 2 + (ports.get(`out:${l.id}`) ?? 0);
    const tx = t.x + t.width / 2 + (ports.get(`in:${l.id}`) ?? 0);
    const sy = down ? s.y + s.height : s.y;
    const ty = down ? t.y : t.y + t.height;
    const dir = ty >= sy ? 1 : -1;
    // A link spanning layers passes each layer in between through a free lane.
    const from = layerOf(l.from);
    const to = layerOf(l.to);
    const segments: string[] = [];
    let at: [number, number] = [sx, sy];
    for (let r = from + 1; down && r < to; r++) {
      const row = order[r]!.map((id) => boxes.get(id)!);
      const x = laneThrough(
        row.map((b) => [b.x, b.x + b.width] as [number, number]),
        0,
        size.width,
        sx + ((tx - sx) * (r - from)) / (to - from),
      );
      const rowTop = row[0]!.y;
      const rowBottom = rowTop + row[0]!.height;
      segments.push(draw({ source: at, target: [x, rowTop] }) ?? '', `M${x},${rowTop}L${x},${rowBottom}`);
      if (r === from + 1) mids.set(l.id, (sx + x) / 2);
      at = [x, rowBottom];
    }
    segments.push(draw({ source: at, target: [tx, ty - dir * ARROW] }) ?? '');
    if (!mids.has(l.id)) mids.set(l.id, (sx + tx) / 2);
    paths.set(l.id, {
      path: joinSegments(segments),
      arrow: `M${tx - 4.5},${ty - dir * ARROW}L${tx},${ty}L${tx + 4.5},${ty - dir * ARROW}Z`,
    });
  }

  const labels = new Map<string, FlowLinkLabel>();
  plan.bands.forEach((band, b) => {
    const items = band.items
      .map((item) => ({ ...item, center: mids.get(item.id)!, size: Math.max(...item.lines.map((line) => textWidth(line, LINK_FONT_SIZE))) + 2 * LABEL_PAD }))
      .sort((a, c) => a.center - c.center);
    const labelsHeight = band.tiers * band.tierHeight + (band.tiers - 1) * 4;
    const top = bandTop[b]! + (band.height + extra - labelsHeight) / 2;
    for (let tier = 0; tier < band.tiers; tier++) {
      // Neighbours go to different tiers, so each tier's labels have the most room.
      const inTier = items.filter((_, i) => i % band.tiers === tier);
      const starts = spread(inTier, MARGIN, size.width - MARGIN, 4);
      const y = top + tier * (band.tierHeight + 4);
      inTier.forEach((item, i) => {
        labels.set(item.id, { x: starts[i]!, y, width: item.size, height: band.tierHeight, cx: starts[i]! + item.size / 2, lines: item.lines });
      });
    }
  });
  // A graph with one layer has no band: label the links (self-links) under the row.
  for (const l of links) {
    if (labels.has(l.id)) continue;
    const box = boxes.get(l.from)!;
    const lines = fitLines(linkText(l.text, l.status), inner - 2 * LABEL_PAD, LINK_FONT_SIZE, 1);
    const w = textWidth(lines[0] ?? '', LINK_FONT_SIZE) + 2 * LABEL_PAD;
    labels.set(l.id, { x: MARGIN, y: Math.min(box.y + box.height + 4, size.height - MARGIN - LINK_LINE_HEIGHT), width: w, height: LINK_LINE_HEIGHT + 2 * LABEL_PAD, cx: MARGIN + w / 2, lines });
  }
  return { boxes, paths, labels };
}
