/** Flow geometry with layers running top to bottom (narrow frames: phones). */
import { firstFit, stack } from '../shared/place';
import { fitLines, textWidth } from '../shared/text';
import type { Size } from '../types';
import { ARROW, FONT_SIZE, LABEL_PAD, LINE_HEIGHT, LINK_FONT_SIZE, LINK_LINE_HEIGHT, MARGIN, MAX_ROW_BOX, MIN_SLOT, NODE_GAP, PAD_X, PAD_Y, SMALLEST_FONT_SIZE, SMALL_FONT_SIZE, linkText, type FlowLinkLabel, type Geometry, type LinkIn, type NodeBox } from './common';
import { joinSegments, laneThrough, linkPath, portOffsets } from './route';
import { nodeName } from './nodeName';

export function verticalGeometry(order: string[][], links: LinkIn[], size: Size): Geometry {
  const inner = size.width - 2 * MARGIN;
  const n = order.length;
  const bandOf = (id: string) => Math.min(order.findIndex((col) => col.includes(id)), Math.max(0, n - 2));

  // Tight (t = 1): boxes and bands padded less, before a label is shortened (a 320 by 568 phone).
  const attempt = (nodeLimit: number, linkLimit: number, t = 0) => {
    const rowsOf = order.map((col) => {
      const nodeGap = (inner - (col.length - 1) * NODE_GAP) / Math.max(1, col.length) < 72 ? NODE_GAP / 2 : NODE_GAP;
      // Capped so a lone box does not fill the row: links that skip it pass beside it.
      const width = Math.min(MAX_ROW_BOX, (inner - (col.length - 1) * nodeGap) / Math.max(1, col.length));
      const fontSize = width < 72 ? SMALLEST_FONT_SIZE : width < 100 ? SMALL_FONT_SIZE : FONT_SIZE;
      const pad = width < 72 || t ? PAD_X - 3 : PAD_X;
      const items = col.map((id) => ({ id, lines: fitLines(nodeName(id), width - 2 * pad, fontSize, nodeLimit) }));
      const height = Math.max(0, ...items.map((i) => i.lines.length)) * LINE_HEIGHT + 2 * PAD_Y - 6 * t;
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
      const height = tiers * tierHeight + (tiers - 1) * 4 + 2 * ARROW + 8 - 6 * t;
      return { items, height, tiers, tierHeight };
    });
    const total = rowsOf.reduce((s, r) => s + r.height, 0) + bands.reduce((s, b) => s + b.height, 0);
    return { rowsOf, bands, total };
  };
  const available = size.height - 2 * MARGIN;
  // Node names matter most: link labels shrink first (their tooltips and the table keep all).
  const limits = [[Infinity, Infinity], [Infinity, Infinity, 1], [Infinity, 4, 1], [Infinity, 3, 1], [Infinity, 2, 1], [Infinity, 1, 1], [3, 1, 1], [2, 1, 1], [1, 1, 1]] as const;
  const plan = firstFit(limits, ([nodeLimit, linkLimit, t]) => attempt(nodeLimit, linkLimit, t), (p) => p.total <= available);
  // Spare height lengthens the links (up to 120 px each); what is left centres the diagram, so a
  // phone's frame is not two boxes at the top and a key at the bottom.
  const extra = plan.bands.length ? Math.max(0, Math.min(120, (available - plan.total) / plan.bands.length)) : 0;

  const boxes = new Map<string, NodeBox>();
  const bandTop: number[] = [];
  let y = MARGIN + Math.max(0, (available - plan.total - extra * plan.bands.length) / 2);
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
  const draw = ({ source, target }: { source: [number, number]; target: [number, number] }) => linkPath(source, target, true);
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
      const { starts } = stack(inTier.map((item) => ({ target: item.center, size: item.size })), MARGIN, size.width - MARGIN, 4);
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
