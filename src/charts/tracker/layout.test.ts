import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REGULAR } from '../shared/regularWidths';
import { textWidth } from '../shared/text';
import { trackerLayouts } from './context';
import { tracker } from './index';
import { drawnHeight, layoutStatic, layoutTracker, NO_MEASURE, pledges, type TrackerLayout } from './layout';
import { trackerParams, trackerRow } from './params';
import { pickLayout, trackerWindow } from './window';
import { EMBED_WIDTHS } from '../../share/links';

// The real report card: its labels are the longest this kind has to fit.
const rows = trackerRow.array().parse((parse(readFileSync('content/data/promise-tracker.yaml', 'utf8')) as { rows: unknown[] }).rows);
const ids = pledges(rows).map((p) => p.id);

type Box = { what: string; left: number; right: number; top: number; bottom: number };
const overlaps = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.01 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.01;
const inside = (a: Box, b: Box) => a.left >= b.left - 0.01 && a.right <= b.right + 0.01 && a.top >= b.top - 0.01 && a.bottom <= b.bottom + 0.01;

function parts(l: TrackerLayout) {
  const small = l.fontSize - 1;
  return l.cards.map((c) => {
    // The name is bold; the promised and latest lines are regular (and one size smaller).
    const text = (what: string, b: { x: number; y: number; lines: string[] }, fs: number, lh = l.lineHeight): Box => ({
      what: `${c.id} ${what}`,
      left: c.x + b.x,
      right: c.x + b.x + Math.max(0, ...b.lines.map((t) => textWidth(t, fs, what === 'title' ? undefined : REGULAR))),
      top: c.y + b.y,
      bottom: c.y + b.y + fs * 1.45 + (b.lines.length - 1) * lh,
    });
    return {
      card: { what: `card ${c.id}`, left: c.x, right: c.x + c.width, top: c.y, bottom: c.y + c.height },
      inner: [
        text('title', c.title, l.fontSize),
        ...(c.bar.none ? [] : [{ what: `${c.id} bar`, left: c.x + c.bar.x, right: c.x + c.bar.x + c.bar.width, top: c.y + c.bar.y, bottom: c.y + c.bar.y + c.bar.height }]),
        text('promised', c.promised, small, l.smallLineHeight),
        text('latest', c.latest, small, l.smallLineHeight),
      ],
    };
  });
}

const widths = [320, 360, 390, 480, 560, 664, 768, 900, 1024, 1280, 1680];
// Frames from 320 px tall: the shorter ones readers meet are phones', which draw a 12 px layout a few
// rows at a time (window.ts) rather than this fit.
const heights = [320, 420, 560];

describe('layoutTracker', () => {
  {
    const name = 'report card';
    it(`${name}: every card inside the frame, its text inside the card, nothing overlapping, at 320-1680 px`, () => {
      for (const width of widths) {
        for (const height of heights) {
          const layout = layoutTracker(rows, { width, height });
          const where = `${name} at ${width}x${height}`;
          const cards = parts(layout);
          expect(cards).toHaveLength(ids.length);
          const frame = { what: 'frame', left: 0, top: 0, right: width, bottom: height };
          expect(cards.filter((c) => !inside(c.card, frame)).map((c) => c.card.what), where).toEqual([]);
          const clashes: string[] = [];
          for (let i = 0; i < cards.length; i++) for (let j = i + 1; j < cards.length; j++) if (overlaps(cards[i]!.card, cards[j]!.card)) clashes.push(`${cards[i]!.card.what} / ${cards[j]!.card.what}`);
          for (const c of cards) {
            for (const p of c.inner) if (!inside(p, c.card)) clashes.push(`${p.what} outside its card`);
            for (let i = 0; i < c.inner.length; i++) for (let j = i + 1; j < c.inner.length; j++) if (overlaps(c.inner[i]!, c.inner[j]!)) clashes.push(`${c.inner[i]!.what} / ${c.inner[j]!.what}`);
          }
          // The key (narrow frames) sits above the cards, inside the frame.
          if (layout.key) {
            const right = Math.max(...layout.key.items.map((k) => k.textX + textWidth(k.text, layout.fontSize)));
            const key = { what: 'key', left: 0, right, top: layout.key.y, bottom: layout.key.y + layout.fontSize * 1.45 };
            if (!inside(key, frame)) clashes.push('key outside the frame');
            for (const c of cards) if (overlaps(key, c.card)) clashes.push(`key / ${c.card.what}`);
          }
          expect(clashes, where).toEqual([]);
          expect(layout.fontSize, where).toBeGreaterThanOrEqual(10);
          // Nothing shortened: every card says its name and figures in full.
          expect(layout.cards.filter((c) => [c.title, c.promised, c.latest].some((b) => b.lines.join(' ').includes('…'))).map((c) => c.id), where).toEqual([]);
        }
      }
    });
  }

  // Sticky frames measured in the browser: 320x568, 320x640, 360x640, 360x740 and 390x844
  // phones; 1280x800 and 1680x1000 desktops.
  const frames = [[288, 218], [288, 239], [288, 258], [328, 258], [328, 313], [343, 294], [358, 391], [785, 527], [1035, 685]] as const;
  const chart = parse(readFileSync('content/charts/promise-tracker.yaml', 'utf8')) as { states: Record<string, { params: unknown }> };
  const states = Object.entries(chart.states).map(([name, s]) => [name, trackerParams.parse(s.params)] as const);

  it('the live chart draws its text at 12 px or more on a phone and 14 px on a desktop, every card it draws inside the frame, the step\'s cards always among them', () => {
    const layouts = trackerLayouts(rows);
    const problems: string[] = [];
    for (const [width, height] of frames) {
      const { chosen, k, dx } = pickLayout(layouts, { width, height });
      const least = width >= 700 ? 14 : 12;
      if (chosen.layout.fontSize * k < least - 0.01) problems.push(`${width}x${height}: ${(chosen.layout.fontSize * k).toFixed(1)} px type`);
      for (const [name, params] of states) {
        const view = chosen.tall ? trackerWindow(chosen.layout, params, height / k) : undefined;
        const offset = view?.offset ?? 0;
        const keyBottom = chosen.layout.key ? (chosen.layout.key.y + chosen.layout.fontSize * 1.45) * k : 0;
        for (const card of chosen.layout.cards) {
          if (view?.hidden.includes(card.id)) continue;
          const top = (card.y - offset) * k;
          const box = { left: dx + card.x * k, right: dx + (card.x + card.width) * k, top, bottom: top + card.height * k };
          if (box.left < -0.5 || box.right > width + 0.5 || box.top < keyBottom - 0.5 || box.bottom > height + 0.5) problems.push(`${width}x${height} ${name}: card ${card.id} leaves the frame`);
        }
        // Every card of the step (only the first on the shortest frame, 320x568: two rows of 12 px cards do not fit it).
        for (const id of height >= 250 ? params.highlight : params.highlight.slice(0, 1)) if (view?.hidden.includes(id)) problems.push(`${width}x${height} ${name}: its own card ${id} is not shown`);
        if (view && ids.length - view.hidden.length < 2) problems.push(`${width}x${height} ${name}: fewer than two cards shown`);
        // Rows left out are said so, above and below the rows shown ("4 more promises above"), inside the frame and clear of the cards.
        if (view) {
          const shown = chosen.layout.cards.filter((c) => !view.hidden.includes(c.id));
          const firstTop = Math.min(...shown.map((c) => c.y)) - offset;
          const lastBottom = Math.max(...shown.map((c) => c.y + c.height)) - offset;
          const lines = chosen.layout.fontSize * 1.2;
          if (view.above !== chosen.layout.cards.filter((c) => c.y < firstTop + offset - 0.5).length) problems.push(`${width}x${height} ${name}: ${view.above} said above`);
          if (view.above + view.below + shown.length !== ids.length) problems.push(`${width}x${height} ${name}: ${view.below} said below`);
          if (view.above && chosen.layout.cards[0]!.y + lines > firstTop + 0.5) problems.push(`${width}x${height} ${name}: "more above" runs into the first row`);
          if (view.below && (view.belowY < lastBottom || (view.belowY + lines) * k > height + 0.5)) problems.push(`${width}x${height} ${name}: "more below" off its place`);
          // No empty band that the row left out just above would have filled (the last step's
          // window kept a line's room, and a row, empty under its last card on a 320 px phone).
          // Measured with the room the window keeps for each "more" line (its text and air, a
          // line and 2 px; 1.2 em was the text alone); a row above that is the first card frees
          // the line above too (an early step's window kept that room, and a row, empty).
          const room = chosen.layout.lineHeight + 2;
          const nextAbove = chosen.layout.cards.filter((c) => c.y < firstTop + offset - 0.5).at(-1);
          const spare = height / k - lastBottom - (view.below ? room : 0) + (nextAbove === chosen.layout.cards[0] ? room : 0);
          if (nextAbove && firstTop + offset - nextAbove.y < spare - 1) problems.push(`${width}x${height} ${name}: a row above left out with room for it below`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('a static copy (embed, image) is as tall as its cards need at 14-15 px, so the narrowest frame each copy is shown in still reads at 12 px or more', () => {
    // Embed copies and the narrowest chart width each is shown at (src/layouts/Embed.astro).
    for (const [copy, shownAt] of [[320, 288], [440, 380], [600, 520], [800, 700]] as const) {
      const height = tracker.staticHeight!(rows, copy, trackerParams.parse({}));
      const fixed = layoutStatic(rows, { width: copy, height });
      expect(drawnHeight(fixed), `${copy}`).toBeLessThanOrEqual(height);
      expect(fixed.fontSize * (shownAt / copy), `${copy} shown at ${shownAt}`).toBeGreaterThanOrEqual(12);
      expect(fixed.cards.filter((c) => c.lines.some((l) => l.text.endsWith('…'))).map((c) => c.id), `${copy}`).toEqual([]);
    }
  });

  it('a static copy at every embed width writes every card whole (a 288 px copy cut "Stanford vibranc…" at four lines)', () => {
    for (const width of EMBED_WIDTHS) {
      const height = tracker.staticHeight!(rows, width, trackerParams.parse({}));
      const fixed = layoutStatic(rows, { width, height });
      expect(fixed.cards.flatMap((c) => c.lines.filter((l) => l.text.endsWith('…')).map((l) => `${c.id}: ${l.text}`)), `${width}`).toEqual([]);
      expect(drawnHeight(fixed), `${width}`).toBeLessThanOrEqual(height);
    }
  });

  it('a static copy keys every bar style its cards draw, on a second key line where one is too narrow, above the first card', () => {
    // A 400 px embed had dropped "2022 start" from its key (review of 6 Dec 2026).
    for (const width of [320, 400, 440]) {
      const layout = layoutStatic(rows, { width, height: 0 });
      const keyed = layout.key!.items.map((i) => i.kind);
      expect(keyed, `${width}`).toEqual(['target', 'measure', 'claim', 'start']);
      for (const item of layout.key!.items) expect(item.textX + textWidth(item.text, layout.fontSize), `${width} ${item.text}`).toBeLessThanOrEqual(width);
      const lines = layout.key!.items.some((i) => i.row) ? 2 : 1;
      expect(layout.cards[0]!.y, `${width}`).toBeGreaterThanOrEqual(layout.key!.y + lines * layout.lineHeight);
    }
  });

  it('keys dashed and solid bars on every frame; says "Promised" and "Latest" on every card when wide, and heads two columns with them when narrow', () => {
    const wide = layoutTracker(rows, { width: 760, height: 520 });
    // The report card's GDP figure is the government's claim: a third entry keys how claims are drawn.
    expect(wide.key?.items.map((i) => i.text)).toEqual(['Promised', 'Latest measure', 'Claim', '2022 start']);
    expect(wide.cards.find((c) => c.id === 'economy')!.bar.claim).toBe(true);
    expect(wide.cards.filter((c) => c.bar.claim).map((c) => c.id)).toEqual(['economy']);
    expect(wide.cards.find((c) => c.id === 'skills')!.lines.map((l) => l.text).join(' ')).toContain('Promised: 80% by 2030');
    // A 390 px phone: one promise to a row, all seven in the frame; the key heads the columns.
    const narrow = layoutTracker(rows, { width: 340, height: 378 });
    // Every target is "by 2030": the head says it once.
    expect(narrow.key?.items.map((i) => i.text)).toEqual(['Promised by 2030', 'Latest', 'Claim', 'Start']);
    const skills = narrow.cards.find((c) => c.id === 'skills')!;
    expect(skills.lines.filter((l) => l.cls === 'promised').map((l) => l.text)).toEqual(['80%']);
    expect(skills.lines.filter((l) => l.cls === 'latest').map((l) => l.text)).toEqual(['5% (2022 start)']);
    const [promisedHead, latestHead] = narrow.key!.items;
    expect(skills.lines.find((l) => l.cls === 'promised')!.x).toBe(promisedHead!.x);
    expect(skills.lines.find((l) => l.cls === 'latest')!.x).toBe(latestHead!.x);
    expect(skills.bar.x).toBe(latestHead!.x);
    expect(new Set(narrow.cards.map((c) => c.x))).toEqual(new Set([0]));
    expect(narrow.fontSize).toBeGreaterThanOrEqual(12);
    // So a 390 by 844 phone's frame shows the whole report card at once, not some of its rows.
    const { chosen, k } = pickLayout(trackerLayouts(rows), { width: 358, height: 391 });
    expect(chosen.tall).toBeFalsy();
    expect(chosen.layout.fontSize * k).toBeGreaterThanOrEqual(12);
  });

  // The phone's lists (the 12 px list drawn a few rows at a time on a 320 px phone, the tight one
  // on a 375 px phone) keyed "Promised" and "Latest" but not the faint dotted bar of a claim,
  // which then read as a measure.
  it('every layout the chart draws keys every bar style its cards draw, in one line inside its width', () => {
    const styles = (l: { cards: { bar: { none?: boolean; target: number; measure: number | null; claim?: boolean; start?: boolean } }[] }) => {
      const bars = l.cards.map((c) => c.bar).filter((b) => !b.none);
      const drawn = bars.filter((b) => b.measure !== null);
      return [
        ...(bars.some((b) => b.target > 0) ? ['target'] : []),
        ...(drawn.some((b) => !b.claim && !b.start) ? ['measure'] : []),
        ...(drawn.some((b) => b.claim) ? ['claim'] : []),
        ...(drawn.some((b) => b.start) ? ['start'] : []),
      ];
    };
    const drawn = [
      ...trackerLayouts(rows).map((s) => ({ what: `${s.width}${s.tall ? ' (phone)' : ''}`, width: s.width, layout: s.layout })),
      ...widths.flatMap((width) => heights.map((height) => ({ what: `${width}x${height}`, width, layout: layoutTracker(rows, { width, height }) }))),
    ];
    const problems: string[] = [];
    for (const { what, width, layout } of drawn) {
      const keyed = layout.key?.items.map((i) => i.kind) ?? [];
      if (!layout.key) continue;
      // A 320 px phone's list has no room for a fourth entry (a second key line would push two
      // promises out of its frame): its start bars stand right over the words "(2022 start)".
      const tiny = width < 330;
      for (const style of styles(layout)) if (!keyed.includes(style as never) && !(tiny && style === 'start')) problems.push(`${what}: no key for the ${style} bars it draws`);
      const items = layout.key.items;
      items.forEach((item, i) => {
        const end = item.textX + textWidth(item.text, layout.fontSize);
        if (end > width + 0.01) problems.push(`${what}: "${item.text}" runs out of the frame`);
        if (items[i + 1] && end > items[i + 1]!.x - 4) problems.push(`${what}: "${item.text}" runs into the next entry`);
      });
    }
    // The report card draws all four (the GDP figure is the government's claim; three promises'
    // latest figures are the strategy's 2022 starting levels).
    expect(styles(trackerLayouts(rows)[0]!.layout)).toEqual(['target', 'measure', 'claim', 'start']);
    expect(problems).toEqual([]);
  });

  // On a desktop the report card filled the top half of its frame (type held at 15 px, three
  // columns from 900 px): now up to 17 px, and two columns where they fit at that size.
  it.each([
    { width: 785, height: 506 },
    { width: 1035, height: 700 },
  ])('fills most of a $width x $height desktop frame', (size) => {
    const { chosen, k } = pickLayout(trackerLayouts(rows), size);
    expect((chosen.drawn * k) / size.height).toBeGreaterThan(0.65);
    expect(chosen.layout.fontSize * k).toBeGreaterThanOrEqual(16);
  });

  // On a 320 px phone (frame 288 by 391) the list at 12 px showed five of the seven rows: each
  // latest measure started under a two-line name, a line below its bar.
  it('on a 320 px phone shows the whole report card: the latest words start beside a wrapped name, and level with the name where no bar is drawn', () => {
    const { chosen, k } = pickLayout(trackerLayouts(rows), { width: 288, height: 391 });
    const shown = trackerWindow(chosen.layout, trackerParams.parse({ filled: ids }), 391 / k);
    expect(shown.hidden).toEqual([]);
    // Measured in the real font every name fits one line of the 284 px list; a narrower list
    // (240 px: a 114 px column) wraps the longer ones, as longer names would wrap at 284.
    const list = layoutTracker(rows, { width: 240, height: 0 }, { fontSize: 12 });
    const first = (c: (typeof list.cards)[number], cls: string) => c.lines.find((l) => l.cls === cls)!;
    const spending = list.cards.find((c) => c.id === 'spending')!;
    expect(spending.lines.filter((l) => l.cls === 'title')).toHaveLength(2);
    expect(first(spending, 'latest').y).toBe(spending.lines.filter((l) => l.cls === 'title')[1]!.y);
    const rank = list.cards.find((c) => c.bar.none)!;
    expect(first(rank, 'latest').y).toBe(first(rank, 'title').y);
  });

  // A 375 px phone's frame (343 wide; 294 tall on a 375 by 667 phone) showed rows "3–7 of 7": the
  // list at 340 needed type under 12 px there, so the phone list was drawn a few rows at a time.
  // On the taller frame the list made for 340 x 378 fits whole at 13 px (the tight list is for
  // frames it does not fit at 12 px or more): its rows take a third line for wrapped latest words.
  it.each([
    { width: 343, height: 294, lines: 2 },
    { width: 343, height: 380, lines: 3 },
  ])('on a 375 px phone ($width x $height) every row is shown, $lines lines each at most, at 12 px or more, nothing overlapping', ({ lines, ...size }) => {
    const { chosen, k } = pickLayout(trackerLayouts(rows), size);
    expect(chosen.layout.fontSize * k).toBeGreaterThanOrEqual(12);
    expect(chosen.drawn * k).toBeLessThanOrEqual(size.height);
    for (const [name, params] of states) expect(chosen.tall ? trackerWindow(chosen.layout, params, size.height / k).hidden : [], name).toEqual([]);
    const l = chosen.layout;
    const clashes: string[] = [];
    for (const c of l.cards) {
      // Two lines a row in the tight list: the name over what was promised, the latest words beside them.
      expect(new Set(c.lines.map((t) => t.y)).size, c.id).toBeLessThanOrEqual(lines);
      const boxes = [
        ...c.lines.map((t) => ({ what: `${c.id} "${t.text}"`, left: t.x, right: t.x + textWidth(t.text, l.fontSize, t.cls === 'title' ? undefined : REGULAR), top: t.y, bottom: t.y + l.fontSize * 1.2 })),
        ...(c.bar.none ? [] : [{ what: `${c.id} bar`, left: c.bar.x, right: c.bar.x + c.bar.width, top: c.bar.y, bottom: c.bar.y + c.bar.height }]),
      ];
      const card = { what: c.id, left: 0, right: c.width, top: 0, bottom: c.height };
      for (const b of boxes) if (!inside(b, card)) clashes.push(`${b.what} outside its row`);
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => overlaps(a, b) && clashes.push(`${a.what} / ${b.what}`)));
      expect(c.lines.map((t) => t.text).join(' ')).not.toContain('…');
    }
    expect(clashes).toEqual([]);
  });

  it('fills cards in without moving them, and says "no measure published" where there is none', () => {
    const size = { width: 390, height: 420 };
    const first = layoutTracker(rows, size);
    const all = layoutTracker(rows, size);
    expect(first.cards.map(({ x, y, width, height }) => [x, y, width, height])).toEqual(all.cards.map(({ x, y, width, height }) => [x, y, width, height]));
    const compute = all.cards.find((c) => c.id === 'compute')!;
    expect(compute.bar.measure).toBeNull();
    expect(compute.latest.lines.join(' ')).toBe(NO_MEASURE);
    // A share is drawn on 0-100: 5% of 80% is a sliver, not a sixteenth of the target.
    const skills = all.cards.find((c) => c.id === 'skills')!;
    expect(skills.bar.target / skills.bar.width).toBeCloseTo(0.8);
    // Its latest figure is the strategy's 2022 start: a bar marked as a start (drawn grey: a red
    // one had read as progress since), under an outline from zero, as on every card.
    expect(skills.bar.measure! / skills.bar.width).toBeCloseTo(0.05);
    expect(skills.bar.start).toBe(true);
    // A later count is a plain measure; a claim is marked as one.
    const spending = all.cards.find((c) => c.id === 'spending')!;
    expect(spending.bar.measure).toBeGreaterThan(0);
    expect(spending.bar.start ?? spending.bar.claim).toBeUndefined();
    expect(all.cards.find((c) => c.id === 'economy')!.bar.claim).toBe(true);
  });

  it('keys every kind of bar it draws where the line has room, and never runs past the frame', () => {
    for (const width of [320, 390, 664, 1280]) {
      const layout = layoutTracker(rows, { width, height: 700 });
      const kinds = layout.key!.items.map((i) => i.kind);
      expect(kinds.slice(0, 2)).toEqual(['target', 'measure']);
      expect(kinds, `${width}: the claim`).toContain('claim');
      // A 390 px phone's list keys it too, in fewer words ("Start"; its bars' words say "2022,
      // start"); a 320 px one has no room.
      if (width > 320) expect(kinds, `${width}: the start`).toContain('start');
      const last = layout.key!.items.at(-1)!;
      expect(last.textX + textWidth(last.text, layout.fontSize), `${width}`).toBeLessThanOrEqual(width);
    }
    expect(layoutTracker(rows, { width: 1280, height: 700 }).key!.items.find((i) => i.kind === 'start')!.text).toBe('2022 start');
  });
});

// Measured in bold, the spending card's "Latest: 90.3bn roubles (2024, audit firm's count)" wrapped
// at 1280 px with room to spare on its line: the promised and latest lines, never bold, are
// measured in regular type.
describe('the promised and latest lines', () => {
  it('keep a line where they fit it in the regular type they are drawn in (the 1280 px report card)', () => {
    const { chosen } = pickLayout(trackerLayouts(rows), { width: 775, height: 500 });
    const spending = chosen.layout.cards.find((c) => c.lines.some((t) => t.text.includes('90.3bn')))!;
    expect(spending.lines.filter((t) => t.cls === 'latest').map((t) => t.text)).toEqual(["Latest: 90.3bn roubles (2024, audit firm's count)"]);
  });
});
