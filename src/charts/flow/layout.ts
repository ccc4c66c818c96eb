/**
 * Flow layout: a link diagram of who depends on whom. Each name in `from`/`to` is a node; a
 * node's column is one more than the furthest column linking into it (sources sit in column
 * 0). Wide frames run the columns left to right; below WIDE_FROM they run top to bottom so
 * node boxes stay wide enough to read. Link labels sit in the band between columns, pushed
 * apart so they never overlap. Status is a dash pattern, explained by a key under the diagram
 * (outside the marks), for the statuses the data has. The graph
 * maths is in graph.ts, the routing of links past boxes in route.ts, each orientation's
 * geometry in horizontal.ts and vertical.ts.
 */
import type { Anchor, Box as NoteBox } from '../shared/notes';
import type { Row } from '../../lib/schemas';
import { regionOf, type Region } from '../shared/palette';
import type { Size } from '../types';
import { BORROWS_WORDS, KEY_ROW, KEY_SAMPLE, LINK_FONT_SIZE, LINK_LINE_HEIGHT, MIN_BOX, STATUS_WORDS, WIDE_FROM, sidewaysWidths, type FlowLinkLabel } from './common';
import { textWidth, typeZoom, zoomedSize } from '../shared/text';
import { nodeColumns, orderColumns } from './graph';
import { horizontalGeometry } from './horizontal';
import type { FlowBorrows, FlowParams, FlowStatus } from './schema';
import { horizontalLinkYAt, laneThrough, portOffsets, type Box } from './route';
import { verticalGeometry } from './vertical';
import { nodeName } from './nodeName';

export * from './common';

export type { Box };
export { horizontalLinkYAt, laneThrough, nodeColumns, portOffsets };

export interface FlowNode extends Box {
  id: string;
  lines: string[];
  fontSize: number;
  /** The name did not fit its box whole (its tooltip then gives it in full). */
  shortened: boolean;
  visible: boolean;
  highlighted: boolean;
  /** The place its name ends with ("DeepSeek (China)", "GigaChat 3 (Sberbank, Russia)"), for the place's colour class. */
  place?: Region | undefined;
}


export interface FlowLink {
  id: string;
  from: string;
  to: string;
  status: FlowStatus;
  /** What the model it points to takes from this one (drawn as the line's weight). */
  borrows: FlowBorrows | undefined;
  path: string;
  arrow: string;
  label: FlowLinkLabel;
  /** Link, status and label in words, for tooltips and screen readers. */
  full: string;
  highlighted: boolean;
  visible: boolean;
}

/** One entry of the key: a line sample in the status's dash pattern (at a borrowed kind's weight) and its meaning. */
export interface FlowKeyItem {
  status: FlowStatus;
  borrows?: FlowBorrows | undefined;
  text: string;
  x: number;
  y: number;
}

export interface FlowLayout {
  vertical: boolean;
  key: FlowKeyItem[];
  nodes: FlowNode[];
  links: FlowLink[];
}

const text = (row: Row, key: string): string => String(row[key] ?? '').trim();

export function layoutFlow(rows: Row[], params: FlowParams, size: Size): FlowLayout {
  const links = rows.map((row) => ({
    id: text(row, 'id'),
    from: text(row, 'from'),
    to: text(row, 'to'),
    // Checked against the row schema at build time: 'active', 'cut' or 'claimed'.
    status: text(row, 'status') as FlowStatus,
    borrows: (text(row, 'borrows') || undefined) as FlowBorrows | undefined,
    text: text(row, 'label'),
  }));
  const ids = [...new Set(links.flatMap((l) => [l.from, l.to]))];
  const columns = nodeColumns(links);
  const order = orderColumns(ids, columns, links);
  const shown = (id: string) => params.show === undefined || params.show.includes(id);
  const vertical = !fitsSideways(order.length, size.width);
  const draw = (key: FlowKeyItem[]) => {
    const drawing = { width: size.width, height: size.height - (key.length ? key.at(-1)!.y + KEY_ROW - key[0]!.y + 6 : 0) };
    return vertical ? verticalGeometry(order, links, drawing) : horizontalGeometry(order, links, drawing);
  };
  // The line weights' row of the key gives way where it would cost a name or a label its end
  // (a 320 px phone): the labels say in words what each model takes. What stays is what the
  // full key says of links without a weight (it had turned the models' links into a "claimed"
  // entry whose dots read as "design only").
  let key = flowKey(links, size);
  let geometry = draw(key);
  if ([...geometry.boxes.values(), ...geometry.labels.values()].some((b) => b.lines.at(-1)?.endsWith('…'))) geometry = draw((key = flowKey(links.filter((l) => !l.borrows), size)));

  const nodes: FlowNode[] = ids.map((id) => {
    const box = geometry.boxes.get(id)!;
    const touching = links.filter((l) => l.from === id || l.to === id);
    return {
      id,
      ...box,
      shortened: box.lines.join(' ').replace(/\s+/g, ' ') !== nodeName(id).replace(/\s+/g, ' '),
      place: regionOf(/([^(,]+)\)$/.exec(id)?.[1]),
      visible: touching.some((l) => shown(l.id)),
      highlighted: touching.some((l) => params.highlight.includes(l.id) && shown(l.id)),
    };
  });
  const flowLinks: FlowLink[] = links.map((l) => ({
    ...l,
    ...geometry.paths.get(l.id)!,
    label: geometry.labels.get(l.id)!,
    full: `${l.from} to ${l.to} (${l.status})${l.text ? `: ${l.text}` : ''}`,
    highlighted: params.highlight.includes(l.id),
    visible: shown(l.id),
  }));
  return { vertical, key, nodes, links: flowLinks };
}

/** Larger zooms a wide frame may take (see flowZoom), largest first. */
const ROOMY_ZOOMS = [1.4, 1.3];

/**
 * The flow's type zoom: larger than typeZoom's where a wide frame has room for it. A diagram
 * of a few rows, drawn at the smallest readable type, spread thin boxes over a desktop frame
 * (issue 11, item 5: marks fill their frame). A zoom is taken when, drawn at it, the diagram
 * still runs left to right, wraps no name or label onto more lines (nor shortens a name, which
 * its box's width in layout units decides), keeps every box and label inside the frame, and leaves at least a two-line label's height between the boxes of a column.
 */
export function flowZoom(rows: Row[], params: FlowParams, size: Size): number {
  const base = typeZoom(size.width);
  const lines = (layout: FlowLayout) => [...layout.nodes, ...layout.links.map((l) => l.label)].reduce((n, b) => n + b.lines.length, 0);
  const baseLayout = layoutFlow(rows, params, zoomedSize(size, base));
  if (baseLayout.vertical) return base;
  for (const zoom of ROOMY_ZOOMS.filter((z) => z > base)) {
    const frame = zoomedSize(size, zoom);
    const layout = layoutFlow(rows, params, frame);
    if (!layout.vertical && lines(layout) <= lines(baseLayout) && roomy(layout, frame)) return zoom;
  }
  return base;
}

/** Boxes and labels inside the frame, and a two-line label's room between a column's boxes (the layout keeps them apart). */
function roomy(layout: FlowLayout, frame: Size): boolean {
  const bottom = Math.min(frame.height, ...layout.key.map((k) => k.y));
  const room = 2 * LINK_LINE_HEIGHT + 12;
  const inside = [...layout.nodes, ...layout.links.map((l) => l.label)].every((b) => b.x >= 0 && b.y >= 0 && b.x + b.width <= frame.width && b.y + b.height <= bottom);
  // Boxes in one column (the same x) stand a label's room apart.
  const spaced = layout.nodes.every((a) => layout.nodes.every((b) => a === b || a.x !== b.x || b.y >= a.y + a.height + room || a.y >= b.y + b.height + room));
  return inside && spaced;
}

/**
 * The key's entries, flowing left to right and wrapping, at the frame's foot: each status drawn
 * by a link without a weight, in status order, then, on a row of their own, each line weight
 * drawn (what a model borrows), heaviest first, as a sample of the first link with that weight.
 * (The models' dotted "claimed" sample looked the same as "design only", and each model's link
 * label already says whose account it is: "..., T-Bank says".)
 */
export function flowKey(links: readonly { status: FlowStatus; borrows?: FlowBorrows | undefined }[], size: Size): FlowKeyItem[] {
  const items: Omit<FlowKeyItem, 'x' | 'y'>[] = [
    // A status only where a link without a weight draws it: a model's link label says whose account it is.
    ...(['active', 'cut', 'claimed'] as const).filter((status) => links.some((l) => l.status === status && !l.borrows)).map((status) => ({ status, text: STATUS_WORDS[status] })),
    ...(['weights', 'design', 'none'] as const).flatMap((borrows) => links.filter((l) => l.borrows === borrows).slice(0, 1).map(({ status }) => ({ status, borrows, text: BORROWS_WORDS[borrows] }))),
  ];
  let x = 0;
  let y = 0;
  const placed = items.map((item, i) => {
    const width = KEY_SAMPLE + 24 + textWidth(item.text, LINK_FONT_SIZE);
    // The weights start a row of their own: what a line's dots say, then what its weight says.
    if (x && (x + width > size.width || (item.borrows && !items[i - 1]!.borrows))) [x, y] = [0, y + KEY_ROW];
    x += width;
    return { ...item, x: x - width + 2, y };
  });
  return placed.map((p) => ({ ...p, y: size.height - y - KEY_ROW + p.y }));
}

/** Left to right only from WIDE_FROM, and only while boxes and link bands stay readable. */
export function fitsSideways(columns: number, width: number): boolean {
  return width >= WIDE_FROM && sidewaysWidths(columns, width).box >= MIN_BOX;
}

/** Where each shown link's label is (for notes), and what the nodes and labels cover. */
export function flowNoteAnchors(layout: FlowLayout): { anchors: Anchor[]; obstacles: NoteBox[] } {
  const shown = layout.links.filter((l) => l.visible);
  return {
    anchors: shown.map((l) => ({ key: l.id, x: l.label.cx, y: l.label.y + l.label.height / 2, r: Math.min(l.label.width, l.label.height) / 2 })),
    obstacles: [...layout.nodes.filter((n) => n.visible).map(({ x, y, width, height }) => ({ x, y, width, height })), ...shown.map(({ label: { x, y, width, height } }) => ({ x, y, width, height }))],
  };
}
