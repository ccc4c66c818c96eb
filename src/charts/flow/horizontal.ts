/** Flow geometry with columns running left to right (wide frames). */
import { extent, firstFit, stack } from '../shared/place';
import { fitLines, textWidth } from '../shared/text';
import type { Size } from '../types';
import { ARROW, FONT_SIZE, LABEL_PAD, LINE_HEIGHT, LINK_FONT_SIZE, LINK_LINE_HEIGHT, MARGIN, MAX_LABEL, NODE_GAP, PAD_X, PAD_Y, linkText, sidewaysWidths, type FlowLinkLabel, type Geometry, type LinkIn, type NodeBox } from './common';
import { horizontalLinkYAt, joinSegments, laneThrough, linkPath, portOffsets } from './route';
import { nodeName } from './nodeName';

export function horizontalGeometry(order: string[][], links: LinkIn[], size: Size): Geometry {
  const n = Math.max(1, order.length);
  const inner = size.width - 2 * MARGIN;
  const { box: boxWidth, band } = sidewaysWidths(n, size.width);
  const top = MARGIN;
  const bottom = size.height - MARGIN;
  const colX = (c: number) => MARGIN + c * (boxWidth + band);

  const { boxes } = firstFit(
    [Infinity, 2, 1],
    (limit) => {
      const boxes = new Map<string, NodeBox>();
      let fits = true;
      order.forEach((col, c) => {
        const items = col.map((id) => {
          const lines = fitLines(nodeName(id), boxWidth - 2 * PAD_X, FONT_SIZE, limit);
          return { id, lines, height: lines.length * LINE_HEIGHT + 2 * PAD_Y };
        });
        const total = items.reduce((s, i) => s + i.height, 0);
        const free = bottom - top - total;
        if (free < NODE_GAP * (items.length - 1)) fits = false;
        // Each box centred in an equal share of the height, so boxes of columns with as many
        // boxes sit level (a two-line name no longer shifts its column's other boxes); stacked
        // from the top where a share is too short for its boxes.
        const share = (bottom - top) / items.length;
        const level = items.every((item, i) => i === 0 || (items[i - 1]!.height + item.height) / 2 + NODE_GAP <= share);
        const gap = Math.max(NODE_GAP, free / items.length);
        let y = top + Math.max(0, free - gap * (items.length - 1)) / 2;
        items.forEach((item, i) => {
          if (level) y = top + share * (i + 0.5) - item.height / 2;
          boxes.set(item.id, { x: colX(c), y, width: boxWidth, height: item.height, lines: item.lines, fontSize: FONT_SIZE });
          y += item.height + gap;
        });
      });
      return { boxes, fits };
    },
    (result) => result.fits,
  );

  const paths = new Map<string, { path: string; arrow: string }>();
  const draw = ({ source, target }: { source: [number, number]; target: [number, number] }) => linkPath(source, target);
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

  // Labels in the band to the right of the source column, above where the link crosses it.
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
    const sized = firstFit(
      [5, 3, 2, 1],
      (limit) =>
        list.map((item) => {
          const lines = fitLines(item.lines[0]!, labelWidth - 2 * LABEL_PAD, LINK_FONT_SIZE, limit);
          return { ...item, lines, size: lines.length * LINK_LINE_HEIGHT + 2 * LABEL_PAD };
        }),
      (items) => extent(items, 4) <= bottom - top,
    );
    // Each label wants to sit just above its line, so the line (and its dash pattern) is never struck through the words.
    const { starts } = stack(sized.map((item) => ({ target: item.center - item.size / 2 - 3, size: item.size })), top, bottom, 4);
    sized.forEach((item, i) => {
      const w = Math.max(...item.lines.map((line) => textWidth(line, LINK_FONT_SIZE))) + 2 * LABEL_PAD;
      labels.set(item.id, { x: item.cx - w / 2, y: starts[i]!, width: w, height: item.size, cx: item.cx, lines: item.lines });
    });
  }
  return { boxes, paths, labels };
}

