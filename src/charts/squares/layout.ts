/**
 * Squares layout: one square per unit (one per system of the TOP500), each with a stable key,
 * so a state change moves squares rather than redrawing them. Rows:
 * - one `total` row: how many units there are (500);
 * - `country` rows with a `count`: those units belong to that country (in data order);
 *   the units left over (total minus every country) are "Other countries";
 * - `system` rows with a `group` (a country id): named units of that country, each one square
 *   (or `count` squares), with an optional `rank`.
 * A side panel (right on a wide frame, below on a narrow one) is reserved whenever the data
 * names systems, so the blocks keep their size between states; the called-out country's
 * squares grow and move into it, each labelled.
 */
import type { Row } from '../../lib/schemas';
import { formatNumber, formatOrdinal } from '../shared/format';
import { textWidth, wrapText } from '../shared/text';
import type { Size } from '../types';
import type { SquaresParams } from './params';

export const RUSSIA = 'russia';
export const OTHER = 'other';
const MARGIN = 2;
/** Below this frame height (a 320 by 568 phone) "Other countries" stays second, leaving the panel a corner. */
const SHORT_FRAME = 240;
const BLOCK_GAP = 16;
/** Between blocks on a phone: 16 px there costs a row of blocks. */
const blockGap = (fontSize: number) => (fontSize >= 14 ? BLOCK_GAP : 10);
const LABEL_GAP = 4;
const MAX_CELL = 26;
/** Smallest pitch drawn: a 3 px square and a 1 px gap still read as one unit each. */
export const MIN_CELL = 4;
/** Side of a called-out square: large enough to read as "this one", small enough for a phone. */
const panelSquare = (width: number) => (width >= 480 ? 16 : 12);

export interface Square {
  /** Stable identity across states: `<country>-<n>` or `other-<n>`. */
  key: string;
  /** The country the unit belongs to (`other` for the remainder). */
  group: string;
  x: number;
  y: number;
  size: number;
}

export interface Block {
  id: string;
  x: number;
  /** Top of the label; the grid starts LABEL_GAP below the label. */
  y: number;
  lines: string[];
  /** The count as written (the muted part of the last line). */
  count: string;
  /** Grid box, for the highlight outline. */
  box: { x: number; y: number; width: number; height: number };
  highlighted: boolean;
  /** Label and count in words (tooltips, screen readers). */
  full: string;
}

export interface PanelLine {
  text: string;
  x: number;
  /** Baseline-free top of the text line. */
  y: number;
  bold: boolean;
  /** A key square in the country's colour before the text (states without the callout). */
  swatch?: { x: number; y: number; size: number } | undefined;
}

export interface SquaresLayout {
  squares: Square[];
  blocks: Block[];
  panel: PanelLine[];
  /** A line from the named country's block to the panel: level with it, or bent up to its heading. */
  link?: string | undefined;
  fontSize: number;
  lineHeight: number;
  width: number;
  height: number;
}

const str = (row: Row, key: string) => String(row[key] ?? '');
const num = (row: Row, key: string) => Math.max(0, Math.round(Number(row[key]) || 0));
const role = (row: Row) => str(row, 'role');

/** Chart text: 14 px on a desktop frame, 12 px on a phone (never below). */
export const fontFor = (width: number) => (width >= 480 ? 14 : 12);

interface Unit {
  key: string;
  group: string;
}

/** Every unit with its stable key: countries in data order, then the remainder. */
export function units(rows: Row[]): { units: Unit[]; countries: Row[]; total: number; rest: number } {
  const countries = rows.filter((r) => role(r) === 'country');
  const totalRow = rows.find((r) => role(r) === 'total');
  const counted = countries.reduce((sum, r) => sum + num(r, 'count'), 0);
  const total = totalRow ? num(totalRow, 'count') : counted;
  const rest = Math.max(0, total - counted);
  const out: Unit[] = [];
  for (const c of countries) for (let k = 0; k < num(c, 'count'); k++) out.push({ key: `${str(c, 'id')}-${k}`, group: str(c, 'id') });
  for (let k = 0; k < rest; k++) out.push({ key: `${OTHER}-${k}`, group: OTHER });
  return { units: out, countries, total, rest };
}

/** The named systems of a country, each with the number of squares it stands for. */
function systemsOf(rows: Row[], country: string) {
  return rows
    .filter((r) => role(r) === 'system' && str(r, 'group') === country)
    .map((r) => ({ label: str(r, 'label'), squares: Math.max(1, num(r, 'count') || 1), rank: Number(r['rank']) || undefined }));
}

export function systemText(s: { label: string; rank?: number | undefined }): string {
  return s.rank ? `${s.label}: ${formatOrdinal(s.rank)}` : s.label;
}

interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The drawing region and the side panel: right of the blocks when there is room, else below. */
function regions(size: Size, panelLines: number, lineHeight: number, panelTextWidth: number, PANEL_SQUARE: number, gap: number): { grid: Region; panel?: Region } {
  const inner = { x: MARGIN, y: MARGIN, width: size.width - 2 * MARGIN, height: size.height - 2 * MARGIN };
  if (panelLines === 0) return { grid: inner };
  const panelWidth = Math.max(180, panelTextWidth + PANEL_SQUARE * 2 + 16);
  if (panelWidth <= inner.width * 0.4) {
    return {
      grid: { ...inner, width: inner.width - panelWidth - gap },
      panel: { x: inner.x + inner.width - panelWidth, y: inner.y, width: panelWidth, height: inner.height },
    };
  }
  const panelHeight = panelLines * lineHeight + 4;
  return {
    grid: { ...inner, height: inner.height - panelHeight - gap },
    panel: { x: inner.x, y: inner.y + inner.height - panelHeight, width: inner.width, height: panelHeight },
  };
}

/** The narrowest a side panel gets on a phone (its names wrap onto two lines). */
const NARROW_PANEL = 120;
/** Characters a panel reserves room for, for a state's note. */
const NOTE_ROOM = 44;

/** Lines the panel takes at `width`: the heading, each named system (wrapped beside its squares), the note. */
function panelLineCount(heading: string, systems: ReturnType<typeof systemsOf>, note: boolean, width: number, fontSize: number, square: number): number {
  const headingLines = wrapText(heading, width - square - 8, fontSize).length;
  const named = systems.reduce((n, sys) => n + wrapText(systemText(sys), width - sys.squares * (square + 4) - 4, fontSize).length, 0);
  // The note's room is the same for every state's note (so the blocks keep their size between
  // states): two lines of the panel's natural width, more when the panel is narrow.
  return headingLines + named + (note ? Math.max(2, Math.ceil((NOTE_ROOM * fontSize * 0.56) / width) + 1) : 0);
}

const gapFor = (cell: number) => Math.max(1, Math.round(cell * 0.18));

interface BlockPlan {
  id: string;
  label: string;
  count: number;
  members: Unit[];
  /** The label's longest word, with the count (slotWidth). */
  longest?: string;
  /** The label wrapped, by width and type size (the packing search asks for the same ones often). */
  wrapped?: Map<string, string[]>;
}

export function layoutSquares(rows: Row[], params: SquaresParams, size: Size): SquaresLayout {
  // A short phone frame cannot hold the panel's note as well: the step text says it, so it goes first.
  const full = layoutWith(rows, params, size, true);
  return full.fits || !params.note ? full : layoutWith(rows, params, size, false);
}

function layoutWith(rows: Row[], params: SquaresParams, size: Size, withNote: boolean): SquaresLayout & { fits: boolean } {
  const fontSize = fontFor(size.width);
  const lineHeight = Math.ceil(fontSize * 1.4);
  const all = units(rows);
  const calloutSystems = params.callout ? systemsOf(rows, params.callout) : [];
  // The panel is reserved whenever the data names systems, so blocks keep their size.
  const firstNamed = rows.find((r) => role(r) === 'system');
  const namedCountry = firstNamed ? str(firstNamed, 'group') : '';
  const systems = systemsOf(rows, namedCountry);
  const note = withNote ? params.note : undefined;
  const reservedLines = firstNamed ? systems.length + 1 + (note ? 2 : 0) : 0;
  const panelTextWidth = Math.max(0, ...rows.filter((r) => role(r) === 'system').map((r) => textWidth(systemText({ label: str(r, 'label'), rank: Number(r['rank']) || undefined }), fontSize)));
  const PANEL_SQUARE = panelSquare(size.width);
  const lineStep = Math.max(lineHeight, PANEL_SQUARE + 6);
  let { grid, panel } = regions(size, reservedLines, lineStep, panelTextWidth, PANEL_SQUARE, blockGap(fontSize));
  let fit: Placed | undefined;
  const plans = blockPlans(all, params, size.height);
  if (panel) {
    // Where the panel goes: in the free corner under the short blocks, beside the blocks or
    // under them, at its natural width or narrower with its lines wrapped (a phone); the
    // choice with the largest squares wins (the first listed on a tie).
    const inner = { x: MARGIN, y: MARGIN, width: size.width - 2 * MARGIN, height: size.height - 2 * MARGIN };
    const namedRow = all.countries.find((c) => str(c, 'id') === namedCountry);
    const heading = namedRow ? `${str(namedRow, 'label')}: ${formatNumber(num(namedRow, 'count'))} systems` : '';
    const need = (width: number) => ({ width, height: panelLineCount(heading, systems, note !== undefined, width, fontSize, PANEL_SQUARE) * lineStep + 4 });
    const natural = Math.min(inner.width, panelTextWidth + PANEL_SQUARE * 2 + 12);
    // Narrower panels, widest first (on a tie the one with fewer wrapped names wins).
    const narrower = [0.5, 0.45, 0.4].map((share) => Math.min(natural, Math.max(NARROW_PANEL, Math.round(inner.width * share))));
    const gap = blockGap(fontSize);
    const options: { grid: Region; panel: Region | ((p: Placed[]) => Region | undefined) }[] = [];
    for (const width of [...new Set([natural, ...narrower])]) {
      const box = need(width);
      options.push({ grid: inner, panel: (p) => freeSpot(p, inner, box) });
      if (width <= inner.width * 0.5) options.push({ grid: { ...inner, width: inner.width - width - gap }, panel: { x: inner.x + inner.width - width, y: inner.y, width, height: inner.height } });
    }
    options.push({ grid, panel: panel });
    let best: { grid: Region; panel: Region; placed: Placed[] } | undefined;
    for (const option of options) {
      const spot = option.panel;
      const placed = fitBlocks(plans, option.grid, fontSize, lineHeight, (p) => (typeof spot === 'function' ? spot(p) !== undefined : true), best?.placed[0]!.cell);
      if (!placed) continue;
      best = { grid: option.grid, panel: typeof spot === 'function' ? spot(placed)! : spot, placed };
    }
    if (best) {
      grid = best.grid;
      panel = best.panel;
      fit = best.placed[0];
    }
  }
  // The blocks alone, searched only when no option above fitted (the search is the layout's dearest part).
  const fitted = fit ? undefined : fitBlocks(plans, grid, fontSize, lineHeight, () => true);
  let fits = fit !== undefined || fitted !== undefined;

  const squares: Square[] = [];
  const blocks: Block[] = [];

  // Every block keeps its place, size and squares; the panel names the called-out country's
  // squares with a copy of each (moved out, the emptied block had read as Russia missing).
  fit ??= (fitted ?? fitBlocks(plans, grid, fontSize, lineHeight))[0];
  const placed = fit ? pack(plans, grid, fit.cell, fit.cols, fontSize, lineHeight, true)! : [];
  for (const b of placed) {
    const s = b.cell - gapFor(b.cell);
    b.plan.members.forEach((u, i) => squares.push({ key: u.key, group: u.group, x: b.x + (i % b.cols) * b.cell, y: b.gridTop + Math.floor(i / b.cols) * b.cell, size: s }));
    const rowsUsed = Math.ceil(b.plan.members.length / b.cols);
    const left = Math.max(1, b.x - 3);
    const right = Math.min(size.width - 1, b.x + Math.min(b.plan.members.length, b.cols) * b.cell - gapFor(b.cell) + 3);
    blocks.push({
      id: b.plan.id,
      x: b.x,
      y: b.y,
      lines: b.lines,
      // Never past the frame (a pixel in, so the outline's 1.5 px stroke is whole): a block at the
      // frame's edge had its outline's side cut.
      box: { x: left, y: b.gridTop - 3, width: right - left, height: rowsUsed * b.cell - gapFor(b.cell) + 6 },
      highlighted: params.highlight.includes(b.plan.id) || b.plan.id === params.callout,
      count: formatNumber(b.plan.count),
      full: `${b.plan.label}: ${formatNumber(b.plan.count)} ${b.plan.count === 1 ? 'system' : 'systems'}`,
    });
  }

  // The panel's copies wait unseen on their squares in every other state, so the callout grows
  // them out of the block (a path transitions only between the same number of squares).
  if (!params.callout) {
    const copies = systems.reduce((n, sys) => n + sys.squares, 0);
    for (const sq of squares.filter((q) => q.group === namedCountry).slice(0, copies)) squares.push({ ...sq, key: `${sq.key}~`, size: 0 });
  }
  const lines: PanelLine[] = [];
  const panelFrom = squares.length;
  let link: SquaresLayout['link'];
  if (panel) {
    let y = panel.y;
    const country = all.countries.find((c) => str(c, 'id') === (params.callout ?? namedCountry));
    const heading = country && `${str(country, 'label')}: ${formatNumber(num(country, 'count'))} systems`;
    // The panel's squares are the blocks' size (every square is), so they read as the same
    // units; only a phone's tiny squares grow, to 10 px, to be told apart beside their names.
    const side = Math.max(10, squares[0]?.size ?? PANEL_SQUARE);
    const step = Math.max(lineStep, side + 6);
    if (params.callout && country && heading) {
      for (const text of wrapText(heading, panel.width, fontSize)) {
        lines.push({ text, x: panel.x, y, bold: true });
        y += step;
      }
      const keys = all.units.filter((u) => u.group === params.callout).map((u) => u.key);
      let k = 0;
      for (const sys of calloutSystems) {
        for (let j = 0; j < sys.squares && k < keys.length; j++, k++) {
          squares.push({ key: `${keys[k]}~`, group: params.callout, x: panel.x + j * (side + 4), y: y + (step - side) / 2 - 2, size: side });
        }
        // A narrow panel (a phone) wraps a name onto a second line beside the same squares.
        const x = panel.x + sys.squares * (side + 4) + 4;
        for (const text of wrapText(systemText(sys), panel.x + panel.width - x, fontSize)) {
          lines.push({ text, x, y, bold: false });
          y += step;
        }
      }
    }
    else if (country && heading) {
      // Without the callout the panel keys the colour: the named country's squares stay in the pile.
      wrapText(heading, panel.width - side - 8, fontSize).forEach((text, i) => {
        lines.push({ text, x: panel!.x + side + 8, y, bold: true, swatch: i === 0 ? { x: panel!.x, y: y + (step - side) / 2 - 2, size: side } : undefined });
        y += step;
      });
    }
    if (note) {
      const noteLines = wrapText(note, panel.width, fontSize);
      if (y + noteLines.length * lineHeight + 4 > panel.y + panel.height + 1) fits = false;
      for (const line of noteLines) {
        lines.push({ text: line, x: panel.x, y: y + 4, bold: false });
        y += lineHeight;
      }
    }
    // A panel with room to spare (a column beside the blocks) puts its heading level with its
    // country's block, and a line ties the two; where the panel cannot come level (a phone) the
    // line bends up to its heading, unless another block stands in its way.
    const block = blocks.find((b) => country && b.id === str(country, 'id'));
    if (block) {
      const mid = block.box.y + block.box.height / 2;
      const shift = Math.max(0, Math.min(mid - step / 2 + 2 - panel.y, panel.y + panel.height - y - 4));
      for (const line of lines) {
        line.y += shift;
        if (line.swatch) line.swatch.y += shift;
      }
      for (const square of squares.slice(panelFrom)) square.y += shift;
      const x1 = block.box.x + block.box.width + 4;
      const x2 = Math.round(panel.x - 8);
      const y2 = Math.round(panel.y + shift + step / 2 - 2);
      // It bends halfway between the blocks' right edge and the panel, or, to a panel in a free
      // corner under the blocks (left of that edge), halfway from the block's end: bent past the
      // edge, it had run back down through "Other countries" to a 400 by 440 frame's panel.
      const right = Math.max(...blocks.map((b) => b.box.x + b.box.width));
      const bend = Math.round(((panel.x >= right ? right : x1) + x2) / 2);
      // Every other block: its label (perhaps wider than its squares) and its squares (the box
      // less the outline's 3 px: a phone's line runs in that margin, down past "Other countries").
      const others = blocks.filter((b) => b !== block).map((b) => ({ left: b.x, top: b.y, right: Math.max(b.box.x + b.box.width - 3, b.x + Math.max(...b.lines.map((l) => textWidth(l, fontSize)))), bottom: b.box.y + b.box.height - 3 }));
      // The line's runs from the block, across and then down in turn to each value: none where a
      // run would pass through another block.
      const route = (...to: number[]) => {
        let [x, y, path] = [x1, mid, `M${x1},${mid}`];
        for (const [i, v] of to.entries()) {
          const [px, py] = [x, y];
          if (i % 2) y = v;
          else x = v;
          if (others.some((o) => Math.min(px, x) < o.right && Math.max(px, x) > o.left && Math.min(py, y) < o.bottom && Math.max(py, y) > o.top)) return undefined;
          path += i % 2 ? `V${v}` : `H${v}`;
        }
        return path;
      };
      // Straight across where no other block stands in the way, else (a tablet's second
      // column) up from the block's end into the gap above its row and across that.
      const above = block.y - blockGap(fontSize) / 2;
      // Up past the block's label as well as its squares (bold): up
      // from the squares' end, it had struck through "Russia 5" on a tablet's embed.
      const rise = Math.max(x1 + 4, Math.round(block.x + Math.max(...block.lines.map((l) => textWidth(l, fontSize))) + 6));
      // Where the panel stands level with the block but its heading cannot (a phone's column),
      // the line runs straight across to a rule down the panel's side: bent up to the heading,
      // it had read as a bracket round the blocks above.
      const [top, bottom] = [Math.round(panel.y + shift - 2), Math.round(y + shift + 2)];
      const beside = mid > top && mid < bottom && Math.abs(mid - y2) > step;
      if (x2 - x1 > 16) link = (beside ? route(x2)?.concat(`M${x2},${top}V${bottom}`) : route(bend, y2, x2)) ?? (rise < bend - 4 ? route(rise, above, bend, y2, x2) : undefined);
    }
  }
  squares.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { squares, blocks, panel: lines, link, fontSize, lineHeight, width: size.width, height: size.height, fits };
}

/** Blocks in drawing order: split countries (data order), and every other unit in one block. */
function blockPlans(all: ReturnType<typeof units>, params: SquaresParams, height: number): BlockPlan[] {
  const plans: BlockPlan[] = [];
  const restMembers: Unit[] = [];
  const leftovers: Unit[] = [];
  for (const c of all.countries) {
    const id = str(c, 'id');
    const members = all.units.filter((u) => u.group === id);
    if (params.split.includes(id)) {
      if (members.length) plans.push({ id, label: str(c, 'label'), count: num(c, 'count'), members });
    } else leftovers.push(...members);
  }
  restMembers.push(...all.units.filter((u) => u.group === OTHER), ...leftovers);
  // The remainder goes last: second, it had read as a rank between the United States and Japan.
  // Only a very short frame (a 320 by 568 phone) keeps it second, beside the largest block, so
  // the short blocks end the line and leave a free corner under them for the panel.
  if (restMembers.length) plans.splice(height < SHORT_FRAME ? 1 : plans.length, 0, { id: OTHER, label: 'Other countries', count: restMembers.length, members: restMembers });
  return plans;
}

interface Placed {
  plan: BlockPlan;
  x: number;
  y: number;
  gridTop: number;
  lines: string[];
  cell: number;
  cols: number;
  fontSize: number;
}

/**
 * The packings tried in a region, by pitch and column count. The panel's options search the same
 * region once for each panel width: on a phone 230 packings, 90 of them different. A region is
 * made by one layout and packed with that layout's blocks only.
 */
const packings = new WeakMap<Region, Map<number, Placed[] | undefined>>();

/** Column counts a packing tries, in order of preference. */
const COLUMNS = [10, 5, 20, 8, 15, 25, 4, 30, 40, 50];

/** Largest square pitch at which every block (one shared column count) fits the region. */
function fitBlocks(plans: BlockPlan[], region: Region, fontSize: number, lineHeight: number): Placed[];
function fitBlocks(plans: BlockPlan[], region: Region, fontSize: number, lineHeight: number, accept: (p: Placed[]) => boolean, above?: number): Placed[] | undefined;
/** With `above`, only pitches larger than that are tried (a better option already has it). */
function fitBlocks(plans: BlockPlan[], region: Region, fontSize: number, lineHeight: number, accept?: (p: Placed[]) => boolean, above = MIN_CELL - 1): Placed[] | undefined {
  // Blocks (a label line at least, then the grid), each with the gap after it and below it,
  // never overlap inside the region (with that gap beyond it), so blocks larger than it cannot
  // fit: a cheap test that spares most packings (a phone lays this out at every step).
  const rows = COLUMNS.map((cols) => plans.reduce((n, p) => n + Math.ceil(p.members.length / cols), 0));
  const between = blockGap(fontSize);
  const area = (region.width + between) * (region.height + between);
  const tried = packings.get(region) ?? new Map<number, Placed[] | undefined>();
  packings.set(region, tried);
  for (let cell = MAX_CELL; cell > above; cell--) {
    const gap = gapFor(cell);
    for (let i = 0; i < COLUMNS.length; i++) {
      const cols = COLUMNS[i]!;
      if ((cols * cell - gap + between) * (plans.length * (lineHeight + LABEL_GAP - gap + between) + rows[i]! * cell) > area) continue;
      if (!tried.has(cell * 64 + cols)) tried.set(cell * 64 + cols, pack(plans, region, cell, cols, fontSize, lineHeight));
      const placed = tried.get(cell * 64 + cols);
      if (placed && (!accept || accept(placed))) return placed;
    }
  }
  if (accept) return undefined;
  // Nothing fits (a tiny frame): the smallest squares, in the most compact packing.
  const tries = [5, 10, 20, 30, 40].map((cols) => pack(plans, region, MIN_CELL, cols, fontSize, lineHeight, true)!);
  return tries.reduce((best, p) => (bottomOf(p) < bottomOf(best) ? p : best));
}

/** The gap under a block, from its label's size (phones pack closer). */
const m0Gap = (m: Placed) => blockGap(m.fontSize);
const gridBottom = (m: Placed) => m.gridTop + Math.ceil(m.plan.members.length / m.cols) * m.cell - gapFor(m.cell);
const bottomOf = (p: Placed[]) => Math.max(...p.map(gridBottom));

/**
 * A free rectangle at least `need` big under the trailing blocks of the last line (blocks
 * k..end, to the region's right edge) or under its leading ones (blocks before k, to block k),
 * reaching the region's bottom edge; the highest that fits.
 */
export function freeSpot(placed: Placed[], region: Region, need: { width: number; height: number }): Region | undefined {
  const lastTop = Math.max(...placed.map((m) => m.y));
  const line = placed.filter((m) => m.y === lastTop).sort((a, b) => a.x - b.x);
  const gap = m0Gap(line[0]!);
  let best: Region | undefined;
  // The highest corner that fits: right under the shortest blocks, close to the squares.
  const consider = (under: Placed[], x: number, right: number) => {
    const y = bottomOf(under) + gap;
    if (right - x >= need.width && region.y + region.height - y >= need.height && (!best || y < best.y)) best = { x, y, width: right - x, height: region.y + region.height - y };
  };
  for (let k = 1; k < line.length; k++) {
    consider(line.slice(k), line[k]!.x, region.x + region.width);
    // Under the leading blocks too: Russia's panel, right under its short block, needs no long
    // line across the others to tie it (at 1280 px one had crossed "Other countries").
    consider(line.slice(0, k), line[0]!.x, line[k]!.x - gap);
  }
  return best;
}

/** A block is as wide as its grid, or as its longest label word when that is wider (found once per plan: the packing search asks often). */
const slotWidth = (plan: BlockPlan, gridWidth: number, fontSize: number) =>
  Math.max(gridWidth, Math.ceil(textWidth((plan.longest ??= `${plan.label} ${formatNumber(plan.count)}`.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a))), fontSize)));

/** The label wrapped to the block's width, the count on the last line when it fits there ("Germany 40"). */
function labelLines(plan: BlockPlan, width: number, fontSize: number): string[] {
  const key = `${width} ${fontSize}`;
  const known = (plan.wrapped ??= new Map()).get(key);
  if (known) return known;
  const lines = wrapLabel(plan, width, fontSize);
  plan.wrapped.set(key, lines);
  return lines;
}

function wrapLabel(plan: BlockPlan, width: number, fontSize: number): string[] {
  const lines = wrapText(plan.label, width, fontSize);
  const count = formatNumber(plan.count);
  const joined = `${lines.at(-1)} ${count}`;
  if (textWidth(joined, fontSize) <= width) return [...lines.slice(0, -1), joined];
  return [...lines, count];
}

function pack(plans: BlockPlan[], region: Region, cell: number, cols: number, fontSize: number, lineHeight: number, force = false): Placed[] | undefined {
  const gap = gapFor(cell);
  const gridWidth = cols * cell - gap;
  const between = blockGap(fontSize);
  const out: Placed[] = [];
  let x = region.x;
  let top = region.y;
  let lineBottom = region.y;
  let lineMembers: Placed[] = [];
  const finishLine = () => {
    const labelHeight = Math.max(0, ...lineMembers.map((m) => m.lines.length)) * lineHeight;
    for (const m of lineMembers) {
      m.y = top;
      m.gridTop = top + labelHeight + LABEL_GAP;
      const rows = Math.ceil(m.plan.members.length / m.cols);
      lineBottom = Math.max(lineBottom, m.gridTop + rows * cell - gap);
    }
    out.push(...lineMembers);
    lineMembers = [];
  };
  for (const plan of plans) {
    const width = slotWidth(plan, gridWidth, fontSize);
    if (!force && width > region.width) return undefined;
    if (lineMembers.length && x + width > region.x + region.width) {
      finishLine();
      if (!force && lineBottom > region.y + region.height) return undefined;
      top = lineBottom + between;
      x = region.x;
    }
    lineMembers.push({ plan, x, y: 0, gridTop: 0, lines: labelLines(plan, width, fontSize), cell, cols, fontSize });
    x += width + between;
  }
  finishLine();
  if (!force && lineBottom > region.y + region.height) return undefined;
  return out;
}

/**
 * How far down the squares, blocks and panel reach, and a margin: a still copy is cut there
 * (the cover's and embeds' frames are two thirds as tall as wide, more than most states fill).
 */
export function squaresDrawnHeight(layout: SquaresLayout): number {
  return (
    Math.max(
      ...layout.squares.map((q) => q.y + q.size),
      ...layout.blocks.map((b) => b.box.y + b.box.height),
      ...layout.panel.map((line) => line.y + layout.lineHeight),
    ) + 8
  );
}
