/**
 * Map layout (pure, no projection: the geography arrives pre-projected from basemap.ts).
 * Chooses the crop for the frame width, scales the crop's map space into the frame above a
 * notes area, places each place's dot and label (first free side: right, left, above, below),
 * and draws each route as a bent curve in pixels with an arrowhead. Under the map: the
 * highlighted routes, each with a sample of its own line and its figure in words, then the
 * key to the three line styles (cut broken, active solid, claimed dotted).
 */
import type { Row } from '../../lib/schemas';
import { inBox, placeNotes, type Anchor, type Box as NoteBox, type Leader, type PlacedNote } from '../shared/notes';
import { textWidth, wrapText } from '../shared/text';
import type { Note, Size } from '../types';
import type { Basemap, Crop } from './basemap';
import { WIDE_MIN } from './basemap';
import type { MapParams } from './params';
import { PLACE_NAMES } from './places';

export type Status = 'cut' | 'active' | 'claimed';
/** The key says what evidence each line rests on (chip-routes.yaml's notes give the rule). */
export const STATUS_WORDS: Record<Status, string> = { active: 'seen in trade data', cut: 'cut', claimed: "one newsroom's report" };
const MARGIN = 2;
const SAMPLE = 28;
const KEY_SAMPLE = 22;
/** Between the key and the routes written out under it. */
const KEY_GAP = 4;

export interface RouteMark {
  id: string;
  d: string;
  head: string;
  status: Status;
  highlighted: boolean;
  visible: boolean;
  /** "Hong Kong to Russia (seen in trade data): ..." for tooltips and screen readers. */
  full: string;
  /** Midpoint, for the cut mark. */
  mid: { x: number; y: number };
  /** Points along the curve from its origin (every tenth of the way), for pinning notes. */
  along: XY[];
}

type XY = { x: number; y: number };

export interface PlaceMark {
  id: string;
  x: number;
  y: number;
  label: { x: number; y: number; anchor: 'start' | 'end' | 'middle'; text: string };
  visible: boolean;
  highlighted: boolean;
  russia: boolean;
}

export interface NoteLine {
  /** A sample of the route's line, on the first line of each note. */
  sample?: { x1: number; x2: number; y: number; status: Status } | undefined;
  text: string;
  x: number;
  y: number;
  /** A key entry (its sample drawn thin), not a route's note. */
  key?: boolean;
  /** A key entry for a line style this step draws no route in: faded, its place kept. */
  unused?: boolean;
}

export interface MapLayout {
  crop: 'wide' | 'narrow';
  /** Map space to pixels: translate(ox, oy) scale(k). */
  transform: { ox: number; oy: number; k: number };
  routes: RouteMark[];
  places: PlaceMark[];
  /** Countries on any route, to shade when on a visible one (Russia and China in their own colours: Marks classes them by id). */
  countries: { id: string; d: string; visible: boolean }[];
  notes: NoteLine[];
  /** Bottom of the map itself; the route notes and the key are below it. */
  mapBottom: number;
  fontSize: number;
  lineHeight: number;
  width: number;
  height: number;
}

const str = (row: Row, key: string) => String(row[key] ?? '');
export const fontFor = (width: number) => (width >= 480 ? 14 : 12);

/**
 * The room under the map at a frame width: the key to the line styles (its rows, flowing left
 * to right) and the lines kept for the routes written out, enough for the two longest (a step
 * highlights at most two), so the map keeps its size from step to step.
 */
function roomUnder(rows: Row[], width: number) {
  const fontSize = fontFor(width);
  const lineHeight = Math.ceil(fontSize * 1.4);
  const textWidthAvail = width - 2 * MARGIN - SAMPLE - 8;
  const keyItems = (['active', 'cut', 'claimed'] as Status[]).map((s) => ({ status: s, text: STATUS_WORDS[s], width: KEY_SAMPLE + 6 + textWidth(STATUS_WORDS[s], fontSize) }));
  const keyRows: (typeof keyItems)[] = [[]];
  let rowWidth = 0;
  for (const item of keyItems) {
    if (rowWidth > 0 && rowWidth + 16 + item.width > width - 2 * MARGIN) {
      keyRows.push([]);
      rowWidth = 0;
    }
    keyRows.at(-1)!.push(item);
    rowWidth += (rowWidth > 0 ? 16 : 0) + item.width;
  }
  const [most = 0, next = 0] = rows.map((r) => wrapText(routeText(r), textWidthAvail, fontSize).length).sort((a, b) => b - a);
  return { fontSize, lineHeight, keyRows, reserved: most + next, textWidthAvail };
}

/**
 * The height of a static copy `width` wide (embeds, images): the map as wide as the frame, with
 * the key and the state's routes written out under it. Server only.
 */
export function staticMapHeight(rows: Row[], width: number, geo: Basemap, params: MapParams): number {
  const { lineHeight, keyRows, reserved, textWidthAvail, fontSize } = roomUnder(rows, width);
  const crop = geo[width >= WIDE_MIN ? 'wide' : 'narrow'];
  // A step writes at most the two longest routes (reserved); an overview writes every route it shows.
  const written = writtenRows(rows, params).reduce((n, r) => n + wrapText(routeText(r), textWidthAvail, fontSize).length, 0);
  return Math.ceil(2 * MARGIN + (crop.height * (width - 2 * MARGIN)) / crop.width + (Math.max(reserved, written) + keyRows.length) * lineHeight + 8 + KEY_GAP);
}

/**
 * The routes a state writes out under the map: those it highlights, or, in an overview that
 * highlights none, every route it shows, so a reader of an embed learns what each line carries.
 */
function writtenRows(rows: Row[], params: MapParams): Row[] {
  const shown = rows.filter((r) => !params.show || params.show.includes(str(r, 'id')));
  return params.highlight.length ? shown.filter((r) => params.highlight.includes(str(r, 'id'))) : shown;
}

/**
 * A state's parameters as a still copy draws them: an overview (no route highlighted: an
 * embed's default) in a frame sized for it (staticMapHeight) writes out every route it shows,
 * so a reader of the embed learns what each line carries. Server only (ServerMarks): the
 * chapters' islands never draw an overview.
 */
export function stillParams(rows: Row[], params: MapParams, size: Size, geo: Basemap): LaidParams {
  if (params.highlight.length || size.height < staticMapHeight(rows, size.width, geo, params)) return params;
  return { ...params, write: writtenRows(rows, params).map((r) => str(r, 'id')) };
}

/** What a layout takes: a state's parameters, and (a still overview) the routes it writes out. */
type LaidParams = MapParams & { write?: string[] };

export function layoutMap(rows: Row[], params: LaidParams, size: Size, geo: Basemap): MapLayout {
  const { fontSize, lineHeight, keyRows, reserved, textWidthAvail } = roomUnder(rows, size.width);
  const free = size.height - 2 * MARGIN - keyRows.length * lineHeight - 8;
  // The map's scale for a height: as wide as the frame, or as tall as the height allows.
  const scale = (c: Crop, height: number) => Math.min((size.width - 2 * MARGIN) / c.width, Math.max(60, height) / c.height);
  // The wide crop (the United States in full) only where it draws the larger map: in a tall
  // desktop frame it was a strip with Eurasia's routes crowded into one corner.
  const area = (c: Crop) => scale(c, free) ** 2 * c.width * c.height;
  const crop: Crop = size.width >= WIDE_MIN && area(geo.wide) > area(geo.narrow) ? geo.wide : geo.narrow;
  const visible = (id: string) => !params.show || params.show.includes(id);
  const fit = (height: number) => scale(crop, height);

  // Notes under the map: the highlighted routes, then the key. A phone's frame writes the routes
  // out only where the map keeps the frame's width with them, a wider one where they cost it at
  // most a seventh of its size; otherwise the key only (the step's text beside the map and each
  // route's tooltip give the figures). Decided by the frame, so
  // every step keeps one map size.
  const written = fit(free - reserved * lineHeight) >= (fontSize < 14 ? 0.99 : 0.85) * fit(free);
  const noted = written ? rows.filter((r) => (params.write ?? params.highlight).includes(str(r, 'id')) && visible(str(r, 'id'))) : [];
  const noteBlocks = noted.map((r) => ({ row: r, lines: wrapText(routeText(r), textWidthAvail, fontSize) }));
  const usedLines = noteBlocks.reduce((n, b) => n + b.lines.length, 0);
  const routesHeight = Math.max(written ? reserved * lineHeight + KEY_GAP : 0, usedLines && usedLines * lineHeight + KEY_GAP);
  const k = fit(free - routesHeight);
  const ox = Math.round((size.width - crop.width * k) / 2);
  const oy = MARGIN;
  const px = (id: string) => {
    const p: Crop['points'][string] = crop.points[id] ?? { x: 0, y: 0 };
    return { x: ox + p.x * k, y: oy + p.y * k, edge: p.edge };
  };

  const routes: RouteMark[] = rows.map((r) => {
    const id = str(r, 'id');
    const a = px(str(r, 'fromPlace'));
    const b = px(str(r, 'toPlace'));
    const { d, head, mid, along } = curve(a, b, { left: 0, right: size.width, top: 0 }, r['shape'] ? 0 : 1);
    // One of the three: the row's schema (params.ts) checks it at build time.
    const status = str(r, 'status') as Status;
    return { id, d, head, mid, along, status, highlighted: params.highlight.includes(id), visible: visible(id), full: `${routeName(r)} (${STATUS_WORDS[status]}): ${str(r, 'label')}` };
  });

  const used = new Map<string, boolean>();
  for (const r of rows) {
    if (!visible(str(r, 'id'))) continue;
    const hi = params.highlight.includes(str(r, 'id'));
    for (const p of [str(r, 'fromPlace'), str(r, 'toPlace')]) used.set(p, used.get(p) || hi);
  }
  // Russia labelled first (places.ts lists it first), then the rest in a fixed order.
  const placeIds = Object.keys(PLACE_NAMES).filter((id) => crop.points[id]);
  // Names keep 6 px of air inside the frame's sides and top.
  const mapBox = { left: 6, top: 6, right: size.width - 6, bottom: oy + crop.height * k };
  const labels = placeLabels(
    placeIds.map((id) => ({ id, ...px(id), text: px(id).edge ? `← ${PLACE_NAMES[id]}` : PLACE_NAMES[id]!, shown: used.has(id) })),
    fontSize,
    mapBox,
    routes.map((r) => r.along),
  );
  const places: PlaceMark[] = placeIds.map((id) => {
    const p = px(id);
    const label = labels.get(id)!;
    return { id, x: p.x, y: p.y, label, visible: used.has(id), highlighted: used.get(id) ?? false, russia: id === 'russia' };
  });
  unnameClashes(places, fontSize);

  // Every country that any route touches, drawn in every state so it can fade in and out.
  const countries = Object.entries(crop.countries).map(([id, d]) => ({ id, d, visible: used.has(id) }));

  // The key first, straight under the map, then the routes written out:
  // a step that writes fewer lines leaves its spare room at the foot of the frame, not between
  // the map and the key, and the key keeps its place from step to step.
  const notes: NoteLine[] = [];
  let y = mapBox.bottom + 8;
  for (const row of keyRows) {
    let x = MARGIN;
    for (const item of row) {
      notes.push({ text: item.text, x: x + KEY_SAMPLE + 6, y, sample: { x1: x, x2: x + KEY_SAMPLE, y: y + lineHeight / 2, status: item.status }, key: true, unused: !routes.some((r) => r.visible && r.status === item.status) });
      x += item.width + 16;
    }
    y += lineHeight;
  }
  y += KEY_GAP;
  for (const block of noteBlocks) {
    block.lines.forEach((text, i) => {
      notes.push({
        text,
        x: MARGIN + SAMPLE + 8,
        y,
        sample: i === 0 ? { x1: MARGIN, x2: MARGIN + SAMPLE, y: y + lineHeight / 2, status: routes.find((r) => r.id === str(block.row, 'id'))!.status } : undefined,
      });
      y += lineHeight;
    });
  }
  return { crop: crop === geo.wide ? 'wide' : 'narrow', transform: { ox, oy, k }, routes, places, countries, notes, mapBottom: mapBox.bottom, fontSize, lineHeight, width: size.width, height: size.height };
}

/**
 * Where a state's notes may pin: each shown route, about a third of the way along; what they must not
 * cover: the shown routes, the cut crosses, the shown places' dots and labels and everything
 * under the map (route notes, key).
 */
export function mapNoteAnchors(layout: MapLayout): { anchors: Anchor[]; obstacles: NoteBox[]; names: NoteBox[] } {
  const h = layout.fontSize;
  const places = layout.places.filter((p) => p.visible);
  const shown = layout.routes.filter((r) => r.visible);
  const names = places.map((p) => {
    const w = textWidth(p.label.text, h);
    // 4 px of air over and under a name: its glyphs reach a little past the estimate.
    return { x: labelLeft(p.label, w) - 2, y: p.label.y - h - 6, width: w + 4, height: h + 14 };
  });
  return {
    names,
    // A third of the way from the route's origin (else a fifth, two fifths, seven tenths, where
    // a leader from there would cross another route): clear of the hub where routes meet at
    // Russia and of the cut crosses at their middles. A line is thin: the leader stops by it.
    anchors: [3, 2, 4, 7, 1, 6, 8].flatMap((i) => shown.map((r) => ({ key: r.id, x: r.along[i]!.x, y: r.along[i]!.y, r: 0 }))),
    obstacles: [
      // Every route shown, and every cut cross, stay uncovered (a line through a note's words
      // crossed them out).
      // Sampled every fortieth of the way: a tenth left gaps a note's corner fitted into.
      ...shown.flatMap((r) =>
        r.along.slice(1).flatMap((q, i) => {
          const p = r.along[i]!;
          return [0.25, 0.5, 0.75, 1].map((f) => ({ x: p.x + (q.x - p.x) * f - 3, y: p.y + (q.y - p.y) * f - 3, width: 6, height: 6 }));
        }),
      ),
      ...shown.filter((r) => r.status === 'cut').map((r) => ({ x: r.mid.x - 7, y: r.mid.y - 7, width: 14, height: 14 })),
      ...places.map((p) => ({ x: p.x - 6, y: p.y - 6, width: 12, height: 12 })),
      ...names,
      { x: 0, y: layout.mapBottom, width: layout.width, height: Math.max(0, layout.height - layout.mapBottom) },
    ],
  };
}

/**
 * The map with its notes placed. A note goes beside its route where the map has a free spot
 * whose leader crosses no other route; where it has none (a phone's small map), the note names
 * its route and goes in the free spot nearest it.
 */
export function layoutMapWithNotes(rows: Row[], params: LaidParams, size: Size, geo: Basemap, notes: readonly Note[] = []): { layout: MapLayout; placed: PlacedNote[] } {
  const layout = layoutMap(rows, params, size, geo);
  const marked = mapNoteAnchors(layout);
  const crosses = crossesRoute(layout, marked.names);
  const placed = placeNotes(notes, marked.anchors, marked.obstacles, size, crosses);
  // Where every leader would cross another route (a phone's crowded map), the note names its
  // route instead and goes in the free spot nearest it, with no leader.
  const named = new Set(notes.filter((n) => marked.anchors.some((a) => a.key === n.at) && !placed.some((p) => p.at === n.at)).map((n) => n.at));
  if (!named.size) return { layout, placed };
  const texts = notes.map((n) => (named.has(n.at) ? { ...n, text: `${routeName(rows.find((r) => str(r, 'id') === n.at)!)}: ${n.text}` } : n));
  const anchors = marked.anchors.map((a) => ({ ...a, named: named.has(a.key) }));
  return { layout, placed: placeNotes(texts, anchors, marked.obstacles, size, crosses) };
}

/**
 * Whether a leader crosses a shown route other than its note's own, or ends within 8 px of one
 * (it led the eye to the wrong route), or runs through a place's name.
 */
const crossesRoute =
  (layout: MapLayout, names: NoteBox[]) =>
  ({ x1, y1, x2, y2 }: Leader, at: string): boolean => {
    const k = 8 / (Math.hypot(x2 - x1, y2 - y1) || 1);
    const [a, b] = [{ x: x1, y: y1 }, { x: x2 + (x2 - x1) * k, y: y2 + (y2 - y1) * k }];
    const through = (t: NoteBox) => [0.1, 0.3, 0.5, 0.7, 0.9].some((f) => inBox(t, x1 + (x2 - x1) * f, y1 + (y2 - y1) * f));
    return names.some(through) || layout.routes.some((r) => r.visible && r.id !== at && r.along.some((q, i) => i > 0 && straddle(a, b, r.along[i - 1]!, q) && straddle(r.along[i - 1]!, q, a, b)));
  };

/** Whether p and q lie on opposite sides of the line through a and b. */
const straddle = (a: XY, b: XY, p: XY, q: XY) => ((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)) * ((b.x - a.x) * (q.y - a.y) - (b.y - a.y) * (q.x - a.x)) < 0;

const routeText = (r: Row) => `${routeName(r)}: ${str(r, 'label')}`;

function routeName(r: Row): string {
  return `${placeName(str(r, 'fromPlace'))} to ${placeName(str(r, 'toPlace'))}`;
}

const placeName = (id: string) => PLACE_NAMES[id] ?? id;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Where two shown labels still overlap (a small map), the one of a place off this step's
 * routes goes unnamed: its dot stays, and its tooltip and the routes under the map name it.
 */
function unnameClashes(places: PlaceMark[], fontSize: number) {
  const box = (p: PlaceMark) => {
    const w = textWidth(p.label.text, fontSize);
    return glyphBox(labelLeft(p.label, w), p.label.y, w, fontSize);
  };
  const shown = places.filter((p) => p.visible);
  for (const a of shown) {
    for (const b of shown) {
      if (a === b || !a.label.text || !b.label.text || a.highlighted || a.russia || !(b.highlighted || b.russia || a.id > b.id)) continue;
      if (!apart(box(a), box(b), 0)) a.label = { ...a.label, text: '' };
    }
  }
}

/** The left edge of a label `w` pixels wide, from its anchor. */
const labelLeft = (label: { x: number; anchor: 'start' | 'end' | 'middle' }, w: number) => (label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2);

/** Whether two boxes are at least `pad` pixels apart (0: they do not overlap). */
const apart = (a: Box, b: Box, pad: number) => a.right + pad <= b.left || b.right + pad <= a.left || a.bottom + pad <= b.top || b.bottom + pad <= a.top;

/** Whether a route, as points along it, passes through a box: a point inside it, or a stretch crossing one of its sides. */
export function crosses(line: XY[], box: Box): boolean {
  const corners = [
    { x: box.left, y: box.top },
    { x: box.right, y: box.top },
    { x: box.right, y: box.bottom },
    { x: box.left, y: box.bottom },
  ];
  const inside = (p: XY) => p.x >= box.left && p.x <= box.right && p.y >= box.top && p.y <= box.bottom;
  const crossesSide = (p: XY, q: XY) => corners.some((c, i) => straddle(p, q, c, corners[(i + 1) % 4]!) && straddle(c, corners[(i + 1) % 4]!, p, q));
  return line.some(inside) || line.slice(1).some((q, i) => crossesSide(line[i]!, q));
}

/**
 * The box a label's glyphs take on screen, from its left edge and baseline: capitals reach
 * about 0.95 of the font size above the baseline and descenders a quarter below.
 */
export function glyphBox(left: number, baseline: number, width: number, fontSize: number): Box {
  return { left, right: left + width, top: baseline - 0.95 * fontSize, bottom: baseline + 0.25 * fontSize };
}

/**
 * Where a label may go: beside its dot (right, left), above, below (moved in from the frame's
 * side for a dot near it: Taiwan at a phone's edge), then the four corners.
 */
function candidates(p: { x: number; y: number; edge?: 'left' | undefined }, text: string, fontSize: number, bounds: Box): LabelOption[] {
  const w = textWidth(text, fontSize);
  const mid = Math.max(bounds.left + w / 2, Math.min(p.x, bounds.right - w / 2));
  const h = fontSize;
  const gap = 6;
  const at = (x: number, y: number, anchor: 'start' | 'end' | 'middle'): LabelOption => ({ x, y, anchor, box: glyphBox(labelLeft({ x, anchor }, w), y, w, h) });
  // A place off the map ("← United States"): its label runs along the edge, below its dot (its
  // routes run north-east to Russia and east to Asia, across the space above it), else above.
  if (p.edge) return [at(p.x + 4, p.y + 6 + h * 0.95, 'start'), at(p.x + 4, p.y - 10, 'start')];
  const beside = p.y + h * 0.35;
  const above = p.y - gap - h * 0.25;
  const below = p.y + gap + h * 0.95;
  return [
    at(p.x + gap, beside, 'start'),
    at(p.x - gap, beside, 'end'),
    at(mid, above, 'middle'),
    at(mid, below, 'middle'),
    at(p.x + gap / 2, p.y - gap / 2 - h * 0.25, 'start'),
    at(p.x - gap / 2, p.y - gap / 2 - h * 0.25, 'end'),
    at(p.x + gap / 2, p.y + gap / 2 + h * 0.95, 'start'),
    at(p.x - gap / 2, p.y + gap / 2 + h * 0.95, 'end'),
  ];
}

interface LabelOption {
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  box: Box;
}

/**
 * Places every label: the shown ones by a small depth-first search for a choice of sides where
 * each is inside the map and a pixel clear of every other (first sides preferred), falling
 * back to the greedy choice if none is found within a budget; labels of places not shown take
 * their first side inside the map.
 */
function placeLabels(
  places: { id: string; x: number; y: number; edge?: 'left' | undefined; text: string; shown: boolean }[],
  fontSize: number,
  bounds: Box,
  routes: XY[][] = [],
): Map<string, PlaceMark['label']> {
  const inside = (b: Box) => b.left >= bounds.left && b.right <= bounds.right && b.top >= bounds.top && b.bottom <= bounds.bottom + fontSize;
  // Sides that cover another shown place's dot come last (Taiwan's name once sat on Hong Kong's).
  const dots = places.filter((p) => p.shown).map((p) => ({ left: p.x - 4, right: p.x + 4, top: p.y - 4, bottom: p.y + 4 }));
  const onDot = (o: LabelOption) => +dots.some((d) => !apart(d, o.box, 0));
  // Then sides a route runs through, shown in this step or not (so a name does not move when a
  // route appears): Hong Kong's name sat where the routes from the west arrive.
  const onRoute = (o: LabelOption) => routes.filter((line) => crosses(line, o.box)).length;
  // What a side covers: another shown place's dot outweighs any number of routes.
  const cost = new Map<LabelOption, number>();
  const options = places.map((p) => {
    const all = candidates(p, p.text, fontSize, bounds);
    const fit = all.filter((o) => inside(o.box));
    for (const o of fit) cost.set(o, 100 * onDot(o) + onRoute(o));
    return fit.length ? fit.sort((a, b) => cost.get(a)! - cost.get(b)!) : all.slice(0, 1);
  });
  const shown = places.map((_, i) => i).filter((i) => places[i]!.shown);
  const chosen = new Map<number, LabelOption>();
  const clear = (o: LabelOption) => [...chosen.values()].every((c) => apart(c.box, o.box, 1));
  // Of the clear choices, the one that covers least (the first found on a tie): the first clear
  // one had put Taiwan's name below its dot, so Hong Kong's across two routes (396-640 px),
  // where Taiwan's above, grazed by its own route, leaves Hong Kong's free.
  let best: Map<number, LabelOption> | undefined;
  let least = Infinity;
  let budget = 20_000;
  const search = (n: number, spent: number): void => {
    // No better arrangement down this path (costs only grow; nothing beats one that covers nothing).
    if (spent >= least) return;
    if (n === shown.length) {
      // Better ones are looked for a little further only (a whole search took a map's step
      // changes three times as long).
      [best, least, budget] = [new Map(chosen), spent, Math.min(budget, 2_000)];
      return;
    }
    const i = shown[n]!;
    for (const o of options[i]!) {
      if (--budget < 0) return;
      if (!clear(o)) continue;
      chosen.set(i, o);
      search(n + 1, spent + (cost.get(o) ?? 0));
      chosen.delete(i);
    }
  };
  search(0, 0);
  if (best) for (const [i, o] of best) chosen.set(i, o);
  else {
    // No clear choice (a frame too small): each label on its first side clear of the earlier ones.
    for (const i of shown) chosen.set(i, options[i]!.find(clear) ?? options[i]![0]!);
  }
  return new Map(places.map((p, i) => {
    const o = chosen.get(i) ?? options[i]![0]!;
    return [p.id, { x: o.x, y: o.y, anchor: o.anchor, text: p.text }];
  }));
}

/** A route bent to one side of the straight line, stopping short of the end dot, with an arrowhead. */
export function curve(a: { x: number; y: number }, b: { x: number; y: number }, bounds = { left: -Infinity, right: Infinity, top: -Infinity }, side = 1) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const bend = Math.min(60, len * 0.2) * side;
  let cx = (a.x + b.x) / 2 + (dy / len) * bend;
  let cy = (a.y + b.y) / 2 - (dx / len) * bend;
  // Bend the other way when this way would leave the frame (routes from the map's edge).
  if (cx < bounds.left || cx > bounds.right || cy < bounds.top) {
    cx = (a.x + b.x) / 2 - (dy / len) * bend;
    cy = (a.y + b.y) / 2 + (dx / len) * bend;
  }
  // Stop 5 px before the destination so the arrowhead meets the dot.
  const tx = b.x - cx;
  const ty = b.y - cy;
  const tl = Math.hypot(tx, ty) || 1;
  const ex = b.x - (tx / tl) * 5;
  const ey = b.y - (ty / tl) * 5;
  const r = (n: number) => Math.round(n * 10) / 10;
  const ux = tx / tl;
  const uy = ty / tl;
  const size = 7;
  const head = `M${r(ex)},${r(ey)}L${r(ex - ux * size - uy * size * 0.6)},${r(ey - uy * size + ux * size * 0.6)}L${r(ex - ux * size + uy * size * 0.6)},${r(ey - uy * size - ux * size * 0.6)}Z`;
  // A cut route's cross: half way, or on a straight route (which runs over China's dot and route
  // in its first half) two thirds of the way to Russia, clear of the other routes.
  const at = side ? 0.5 : 0.65;
  const mid = { x: r((1 - at) ** 2 * a.x + 2 * at * (1 - at) * cx + at ** 2 * b.x), y: r((1 - at) ** 2 * a.y + 2 * at * (1 - at) * cy + at ** 2 * b.y) };
  const along = Array.from({ length: 11 }, (_, i) => {
    const t = i / 10;
    return { x: r((1 - t) ** 2 * a.x + 2 * t * (1 - t) * cx + t ** 2 * ex), y: r((1 - t) ** 2 * a.y + 2 * t * (1 - t) * cy + t ** 2 * ey) };
  });
  return { d: `M${r(a.x)},${r(a.y)}Q${r(cx)},${r(cy)} ${r(ex)},${r(ey)}`, head, mid, along };
}
