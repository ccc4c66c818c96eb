/**
 * Timeline layout: a vertical spine that orders the events, phone first; each label carries its
 * own date. The labels are spaced evenly, one gap between every two, so the spine is an order,
 * not a time scale, and it has no year ticks: gaps in proportion to time (or kept for a note
 * not shown) read as pace, and reviewers read a month's gap wider than two years'. Only the
 * story's date ("Now") is marked, where a chart of dates to come needs it. On a wide frame a
 * note is written beside its event's label, in a column of its own, so it needs no room in
 * the stack.
 */
import { NOTE_LINE_HEIGHT, NOTE_PAD, noteBlock, SLOT_GAP, type Anchor, type Box as NoteBox } from '../shared/notes';
import type { Row } from '../../lib/schemas';
import { decimalYear, formatPartialDate, MONTHS } from '../shared/format';
import { balancedLines, fitLines, isShortened, textWidth, wrapLines } from '../shared/text';
import type { Note, Size } from '../types';
import type { TimelineParams } from './schema';

export const FONT_SIZE = 13;
const LINE_HEIGHT = 16;
const GAP = 8;
/** The least gap between label blocks, on a crowded frame (still clear of the dots, 12 px). */
export const TIGHT_GAP = 4;
const MARGIN = { top: 16, right: 12, bottom: 16 };
/** Room between the time ruler and the dots beside the labels, for the connectors. */
const RULER_RUN = 44;
/** Between an event's label and the note written under it. */
const NOTE_GAP = 10;
/** The widest a note under a label may be. */
const NOTE_MAX_WIDTH = 360;
/** The label column from which notes go beside the labels, and the least width of their column. */
const BESIDE_FROM = 520;
const BESIDE_WIDTH = 220;
/** The narrowest the notes' column becomes to give the labels more of the frame. */
const BESIDE_NOTE_WIDTH = 140;
/** The widest of these label lines (0 for none). */
const drawnWidth = (lines: string[]): number => Math.max(0, ...lines.map((l) => textWidth(l, FONT_SIZE)));
/** The most an even gap between labels grows to fill a frame; a short list is centred instead. */
const MAX_EXTRA_GAP = 48;
/** Below a label's last line, what other marks and notes keep clear of (its descenders). */
const LABEL_PAD = 4;

export interface TimelineEvent {
  id: string;
  /** The event's date on the ruler (level with its label's first line). */
  y: number;
  /** Where its dot is drawn: beside its label, or on the axis at `y` when it has no label. */
  dotX: number;
  dotY: number;
  /** Top of the label block. */
  labelY: number;
  /** The connector from the event's date on the ruler to its dot (empty without a label): an SVG path. */
  leader: string;
  date: string;
  /** The whole label, for tooltips and screen readers. */
  full: string;
  /** The row's `short` words for a crowded frame. */
  short: string;
  /** In the same year as the event before it, so a crowded label may give its month alone ("Feb: ..."). */
  sameYear: boolean;
  /** Its whole label, wrapped and balanced (worked out once per layout). */
  whole?: string[];
  /** The label as drawn, wrapped (and shortened when space is short). */
  lines: string[];
  highlighted: boolean;
  /** A claim by Russia's government or a state company (the row's `voice: official`), in Russia's colour. */
  official: boolean;
  /** After the story's date (the state's `today`): still to come, drawn like an event not yet reached. */
  ahead: boolean;
  /** Not the step's, in a state that `focus`es on its own events: drawn pale. */
  aside: boolean;
  visible: boolean;
  /** The event whose label counts this one ("2022–2024: 5 events"), when a crowded phone counts it. */
  in?: TimelineEvent;
  /**
   * Room for the state's note on this event (a timeline has no free spot on a phone: labels
   * fill its height), so the note is always drawn by its mark: under its label, or (on a wide
   * frame, where the event has a `wrap`) in the notes' column level with it.
   */
  note?: NoteBox | undefined;
  /** On a wide frame, for an event beside which any step writes a note: the width its label wraps to, short of the notes' column. */
  wrap?: number;
}

export interface TimelineLayout {
  axisX: number;
  labelX: number;
  /** Where the spine starts. */
  top: number;
  bottom: number;
  /** Where the spine ends: at the last event shown, or "Now" below it. */
  end: number;
  /** Where the story's date falls on the spine, when the state sets `today` and it is in range. */
  now?: number | undefined;
  events: TimelineEvent[];
  /** How far a note beside the last label (in any step) reaches below that label's middle. */
  hang: number;
}

const text = (row: Row, key: string): string => String(row[key] ?? '');

export function layoutTimeline(rows: Row[], params: TimelineParams, size: Size, notes: readonly Note[] = [], reserve: readonly Note[] = notes): TimelineLayout {
  const sorted = [...rows].sort((a, b) => decimalYear(text(a, 'date')) - decimalYear(text(b, 'date')));
  const years = sorted.map((r) => decimalYear(text(r, 'date')));
  // The ruler's ends: a little before the first event and after the last (the spine is drawn
  // from the first event; the ends place only "Now" and a crowded phone's unlabelled dots).
  const first = years[0]! - 0.1;
  const last = years.at(-1)! + 0.1;
  const top = MARGIN.top;
  const bottom = size.height - MARGIN.bottom;
  const axisX = 8;
  const labelX = axisX + RULER_RUN + 12;
  const column = size.width - labelX - MARGIN.right;
  const beside = reserve.length > 0 && column >= BESIDE_FROM;

  const events: TimelineEvent[] = sorted.map((row, i) => {
    const date = formatPartialDate(text(row, 'date'));
    const highlighted = params.highlight.includes(text(row, 'id'));
    return {
      id: text(row, 'id'),
      y: 0,
      dotX: axisX,
      dotY: 0,
      labelY: 0,
      leader: '',
      date,
      full: `${date}: ${text(row, 'label')}`,
      short: text(row, 'short'),
      sameYear: i > 0 && text(row, 'date').slice(0, 4) === text(sorted[i - 1]!, 'date').slice(0, 4),
      lines: [],
      highlighted,
      aside: !!params.focus && !highlighted,
      official: row['voice'] === 'official',
      ahead: !!params.today && text(row, 'date') > params.today,
      visible: isOnOrBefore(text(row, 'date'), params.upTo),
    };
  });
  // Each note is written under its event's label, from under its dot (a leader drops from the
  // dot to it), or on a wide frame beside the labels in a column of notes. There every label
  // wraps to one measure, short of the column, in every step: as wide as leaves each note room
  // for three lines at most (at 1280 px the labels beside a note had wrapped at half the frame,
  // between one-line labels twice their width). The column then starts just past the widest
  // label (at the frame's right edge, a short label's note had hung on a 300 px leader at 1680 px).
  let noteX = beside ? size.width - MARGIN.right - Math.max(BESIDE_WIDTH, column * 0.3) : axisX + RULER_RUN - 2;
  if (beside) {
    const notesFit = (x: number) =>
      reserve.every((note) => {
        const { lines } = noteBlock(note.text, Math.min(NOTE_MAX_WIDTH, size.width - MARGIN.right - x));
        return lines.length <= 3 && !isShortened(lines, note.text);
      });
    // The widest column start at which the notes fit (they fit in fewer lines as it moves left).
    let [fits, fails] = [noteX, Math.min(labelX + 24 + drawnWidth(events.map((e) => e.full)), size.width - MARGIN.right - BESIDE_NOTE_WIDTH) + 1];
    while (fails - fits > 1) {
      const x = (fits + fails) / 2;
      if (notesFit(x)) fits = x;
      else fails = x;
    }
    noteX = fits;
    for (const e of events) e.wrap = noteX - labelX - 24;
    noteX = Math.min(noteX, labelX + 24 + drawnWidth(events.flatMap((e) => labelLines(e, 9, column))));
  }
  const noteWidth = Math.min(NOTE_MAX_WIDTH, size.width - noteX - MARGIN.right);
  for (const note of notes) {
    const e = events.find((ev) => ev.id === note.at && ev.visible);
    if (!e || e.note) continue;
    const block = noteBlock(note.text, noteWidth);
    e.note = { x: noteX, y: 0, width: noteWidth, height: block.height };
  }
  // A note beside the last event's label starts level with it and hangs below: in every step
  // the foot keeps room for the longest (risen to end at the foot, its first line had sat level
  // with the row above, as that row's note; kept in every step, no label moves between steps).
  const lastId = events.at(-1)!.id;
  const hang = beside ? Math.max(0, ...reserve.filter((n) => n.at === lastId).map((n) => noteBlock(n.text, noteWidth).height - 4 - LINE_HEIGHT / 2)) : 0;
  const gap = fitLabels(events, column, bottom - top, beside ? 0 : NOTE_ROOM);
  yearsShown(events, column);
  const now = params.today ? decimalYear(params.today) : NaN;
  const ruler = piecewise(placeOnRuler(events, years, { top, bottom, first, last }, gap, hang));
  // Notes in the column beside the labels start level with their label, each under the last;
  // one that would pass the frame's foot rises just enough to end at it, and never so far that
  // it ends above its row (its top level with the row before, it read as that row's note).
  let noteFoot = top;
  events.forEach((e, i) => {
    e.y = e.in ? e.in.y : ruler(years[i] ?? first);
    e.dotY = e.y;
    if (!e.lines.length) return;
    e.dotX = axisX + RULER_RUN;
    // From its place on the ruler to its dot, level (whole pixels, as its label is placed): two
    // events of one date each have their own place, as a slanted connector read as a slip.
    e.y = e.dotY = e.labelY + LINE_HEIGHT / 2;
    e.leader = `M${axisX + 3},${e.y} ${e.dotX - 5},${e.y}`;
    if (!e.note) return;
    const note = e.note;
    const y = Math.max(e.labelY - 4, noteFoot);
    // Beside the labels: level with its label's first line, or risen to end at the frame's foot
    // (never so far that it ends above its row); a box reaching no more than its padding into
    // the next label's row rises by that much (the overlap had sent it past that label's end, on
    // a 150 px leader); then 24 px past the labels level with it (past the widest of the column,
    // it had hung on a 240 px leader beside a label balanced on two short lines).
    const next = events.slice(i + 1).find((o) => o.lines.length);
    const besideAt = (height: number) => {
      let top = Math.min(y, Math.max(bottom - height, e.labelY + LINE_HEIGHT + 4 - height));
      const over = next ? top + height - next.labelY : 0;
      if (over > 0 && over <= NOTE_PAD && top - over >= noteFoot) top -= over;
      const level = events.filter((o) => o.lines.length && o.labelY < top + height && o.labelY + o.lines.length * LINE_HEIGHT + LABEL_PAD > top);
      return { y: top, x: labelX + 24 + drawnWidth(level.flatMap((o) => o.lines)) };
    };
    if (e.wrap) {
      const spot = besideAt(note.height);
      [note.x, note.y] = [Math.min(note.x, spot.x), spot.y];
      // On one line, where it fits one beside the labels level with it: at 1680 px a note on
      // two lines reached down beside a longer label and hung on a 110 px leader.
      const text = notes.find((n) => n.at === e.id)!.text;
      const one = besideAt(noteBlock(text, 10_000).height);
      const width = Math.min(NOTE_MAX_WIDTH, size.width - MARGIN.right - one.x);
      const block = noteBlock(text, width);
      if (one.x <= note.x && block.lines.length === 1) Object.assign(note, { ...one, width, height: block.height });
    } else note.y = e.labelY + e.lines.length * LINE_HEIGHT + NOTE_GAP;
    noteFoot = note.y + note.height + SLOT_GAP;
  });

  // "Now" goes halfway between the label of the last date passed and the next label (the spine
  // is no time scale), written right of the spine, in the gap between the two labels' connectors.
  let nowY: number | undefined;
  if (now >= first && now <= last) {
    const passed = events.filter((e, i) => e.lines.length && years[i]! <= now).at(-1);
    const next = events.find((e, i) => e.lines.length && years[i]! > now);
    const from = passed ? passed.labelY + blockHeight(passed) : top;
    const to = next ? next.labelY : bottom;
    nowY = (from + to) / 2;
  }
  // The spine runs as far as the events shown (and "Now"): a step's later events extend it.
  // Nothing is drawn below (a faint ruler on to the last date read as an empty frame).
  const end = Math.max(nowY ?? 0, ...events.filter((e) => e.visible).map((e) => e.y));
  // The spine starts at the first event (or "Now" above it): a short list is centred.
  return { axisX, labelX, top: Math.min(nowY ?? Infinity, events[0]!.y), bottom, end, now: nowY, events, hang };
}


/** A point of the ruler: a date and where it is drawn (level with its label's first line). */
type Knot = { t: number; y: number };

/**
 * Places every label and the ruler's knots, at once. Each labelled event is a knot at its
 * label's first line. The labels stack with one gap between every two, opened alike (up to
 * MAX_EXTRA_GAP) to fill the frame; what is left centres the stack. Unlabelled events (a
 * crowded phone's dots) sit on the ruler between the knots.
 */
function placeOnRuler(events: TimelineEvent[], years: number[], frame: { top: number; bottom: number; first: number; last: number }, gap: number, hang: number): Knot[] {
  const marks = events.flatMap((e, i) => (e.lines.length ? [{ t: years[i]!, e }] : []));
  const need: number[] = [];
  let below = -gap;
  for (const m of marks) {
    need.push(below + gap + LINE_HEIGHT / 2);
    below = blockHeight(m.e) - LINE_HEIGHT / 2;
  }
  need.push(Math.max(0, below, hang));
  const lengths = evenly(need, frame.bottom - frame.top);
  let y = frame.top;
  const knots = marks.map(({ t, e }, i): Knot => {
    y += lengths[i]!;
    // Whole pixels: crisp text, and static copies of the steps share more of their markup.
    e.labelY = Math.round(y - LINE_HEIGHT / 2);
    return { t, y: e.labelY + LINE_HEIGHT / 2 };
  });
  return [{ t: frame.first, y: frame.top }, ...knots, { t: frame.last, y: frame.bottom }];
}

/**
 * Lengths summing to `total`, from the frame's top to the first knot, knot to knot and on to
 * its foot: each its `need`, those between knots opened alike by up to MAX_EXTRA_GAP, and what
 * is left shared by the first and the last. When even the needs overflow, all shrink alike.
 */
export function evenly(need: number[], total: number): number[] {
  const spare = total - need.reduce((a, b) => a + b, 0);
  if (spare < 0) return need.map((n) => (n * total) / (total - spare));
  const inner = need.length - 2;
  const extra = inner > 0 ? Math.min(MAX_EXTRA_GAP, spare / inner) : 0;
  const ends = (spare - extra * inner) / 2;
  return need.map((n, i) => n + (i === 0 || i === inner + 1 ? ends : extra));
}

/** The ruler's scale: straight from knot to knot. */
function piecewise(knots: Knot[]): (t: number) => number {
  return (t) => {
    const after = knots.findIndex((k) => k.t >= t);
    const i = after < 0 ? knots.length - 1 : Math.max(1, after);
    const a = knots[i - 1]!;
    const b = knots[i]!;
    return b.t === a.t ? a.y : a.y + ((t - a.t) / (b.t - a.t)) * (b.y - a.y);
  };
}

/** `2024-09-19` is on or before `2024-09` (the whole month counts) but not before `2024-08`. */
export function isOnOrBefore(date: string, upTo: string | undefined): boolean {
  return upTo === undefined || date.slice(0, upTo.length) <= upTo;
}

function labelLines(e: TimelineEvent, limit: number, width: number, current = isCurrent(e)): string[] {
  width = e.wrap ?? width;
  // Balanced, once per event: every try asks for it.
  const lines = (e.whole ??= balancedLines(e.full, width, FONT_SIZE));
  if (lines.length <= limit) return lines;
  if (limit < 0) return []; // the dot alone; its tooltip and the table still name it
  // Its short words rather than a label cut off mid-sentence: with its date, else its year (the
  // spine has no ticks to date it), else alone; at limit 0, its date alone. The step's own
  // event fits them to its lines; another step's tries one line first, and takes its year over
  // two lines before its short words go alone (a phone's "Sberbank–China research" had lost its
  // date with room for it).
  const dated = `${e.date}: ${e.short}`;
  // Month and year before the year alone, on as many lines (a phone's list had mixed "11 Dec
  // 2024" and "Feb 2025" with "2025").
  const month = `${monthYear(e.date)}: ${e.short}`;
  // In the year of the event before it, its month alone, as a running list of dates gives it
  // ("Jan 2025: ...", "Feb: ..."): a 320 px phone's "2025: Sberbank–China research" between "Jan
  // 2025" and "Sept 2025" read as out of order.
  const running = e.sameYear && /^\D/.test(monthYear(e.date)) ? `${monthYear(e.date).slice(0, -5)}: ${e.short}` : month;
  const year = `${e.date.slice(-4)}: ${e.short}`;
  const tries: [string, number][] = current
    ? [[dated, limit], [month, limit], [running, limit], [year, limit], [e.short, limit]]
    : [[dated, 1], [dated, limit], [month, 1], [month, limit], [running, 1], [year, 1], [month, Math.max(limit, 2)], [running, Math.max(limit, 2)], [year, Math.max(limit, 2)], [e.short, 1], [e.short, limit]];
  for (const [t, room] of tries) {
    const fit = wrapLines(t, width, FONT_SIZE);
    // Balanced once it is chosen: balancing every try had made a phone's layout ten times slower.
    if (fit.length <= room && fit.every((line) => textWidth(line, FONT_SIZE) <= width)) return fit[1] ? balancedLines(t, width, FONT_SIZE) : fit;
  }
  if (limit === 0) return [e.date];
  return fitLines(e.full, width, FONT_SIZE, limit);
}

/**
 * A month alone ("Feb: ...") runs on from the year of the label drawn above it. Where that label
 * does not show the same year (it is in words only, or the event before was counted into a run
 * ending in another year), the label takes its year instead, on the lines it has.
 */
export function yearsShown(events: TimelineEvent[], width: number): void {
  let year: string | undefined;
  for (const e of events) {
    if (!e.visible || !e.lines.length) continue;
    const own = e.date.slice(-4);
    const running = isRunning(e.lines.join(' '));
    if (running && year !== own) {
      const dated = wrapLines(`${own}: ${e.short}`, width, FONT_SIZE);
      if (dated.length <= e.lines.length) e.lines = dated;
    }
    year = yearShown(e.lines.join(' ')) ?? (isRunning(e.lines.join(' ')) ? year : undefined);
  }
}

/** A label dated by its month alone ("Feb: ..."). */
const RUNNING = new RegExp(`^(${MONTHS.join('|')}): `);
export const isRunning = (label: string): boolean => RUNNING.test(label);

/** The year a drawn timeline label shows in its date, or a run's last ("Sept 2023–Nov 2025: 4 events"), if any. */
export const yearShown = (label: string): string | undefined => /\d{4}(?!.*\d{4})/.exec(label.slice(0, Math.max(0, label.indexOf(': '))))?.[0];

/** Two dates as a span, its year once where both share it ("Feb–Jun 2022"), or one where they are the same ("Nov 2025"). */
const span = (a: string, b: string): string => (a === b ? a : a.length > 4 && a.slice(-4) === b.slice(-4) ? `${a.slice(0, -5)}–${b}` : `${a}–${b}`);

/** "1 Sept 2017" without its day. */
const monthYear = (date: string): string => date.replace(/^\d+ /, '');

/** The current step's events (highlighted or carrying a note): they keep their whole label longest. */
const isCurrent = (e: TimelineEvent): boolean => e.highlighted || e.note !== undefined;

/** Room kept, when the resting labels are chosen, for a step's note: two lines under its label. */
const NOTE_ROOM = NOTE_GAP + noteBlock('', 1).height + NOTE_LINE_HEIGHT;

/**
 * Gives every label as many lines as the frame has room for and returns the gap between
 * label blocks. A label not of the current step takes its resting form, chosen once for the
 * whole chart at this size, so it reads the same in every step (a phone's labels had switched
 * between whole and short words from step to step): whole where every label fits whole, with
 * room kept for one step's label and (`noteRoom`, where notes go under labels) its note; else wrapped to two lines, or its date and short
 * words, the same way. The current step's labels then take what lines are left, whole where they
 * fit. Only when even that overflows (a crowded phone frame) do the other labels give way: the
 * current step's labels first, then the others in date order, each back to its resting form
 * while the stack still fits, the rest kept to their date. A label is never
 * cut with an ellipsis while its short words fit (their tooltip and the table have the whole text).
 */
function fitLabels(events: TimelineEvent[], width: number, room: number, noteRoom: number): number {
  const whole = Math.max(1, Math.floor(width / 4));
  const fits = (gap: number) => stackHeight(events, gap) <= room;
  let gap = rest(events, width, room - noteRoom, whole);
  const resting = new Map(events.map((e) => [e, e.lines]));
  const current = events.filter(isCurrent);
  // On one line the step's own labels must keep a date, or the others give way first (a phone's
  // "Banks test Chinese chips", the step's event, had lost its date to others' whole labels).
  const dated = (lines: string[]) => yearShown(lines.join(' ')) !== undefined || isRunning(lines.join(' '));
  // Fewer lines only while they keep the step's words whole: a step's own label cut to its short
  // words beside others' whole ones had lost the step's figure ("2030: Strategy targets due", not
  // its 11 trillion roubles). Else the others give way, below.
  for (const lines of [whole, 3, 2, 1]) {
    for (const e of current) e.lines = labelLines(e, lines, width);
    if (fits(gap) && current.every((e) => e.lines === e.whole || (lines > 1 && dated(e.lines)))) return gap;
  }
  gap = TIGHT_GAP;
  // Crowded: the least every label can be (the current step's labels on one line, the others
  // their date, or only their dots), then lines added one at a time in order of importance.
  const uniform = (others: number, now: number) => {
    for (const e of events) e.lines = labelLines(e, isCurrent(e) ? now : others, width);
  };
  uniform(0, 1);
  if (!fits(TIGHT_GAP)) uniform(-1, 1);
  // Dots between the step's own events grow first: no count may take in the step's own, so a
  // phone's "Oct 2022: Nvidia office closes", between two of them, had been left bare.
  const [first, last] = [events.indexOf(current[0]!), events.indexOf(current.at(-1)!)];
  const between = (e: TimelineEvent) => +(events.indexOf(e) > first && events.indexOf(e) < last);
  const others = events.filter((e) => !isCurrent(e)).sort((a, b) => between(b) - between(a));
  // The step's own labels on two lines, then every other dot its date, and only then the step's
  // labels longer (a flat view's step had its own label on three lines and three later dots bare).
  for (const e of current) grow(e, labelLines(e, 2, width));
  // Still no room for the step's own dates: the other labels give way and take back what room
  // is left below, in date order (a phone's "Banks test Chinese chips", the step's event, had
  // lost its date to the labels of the events around it).
  if (!current.every((e) => dated(e.lines))) {
    for (const e of others) e.lines = [];
    for (const e of current) grow(e, labelLines(e, 2, width));
  }
  for (const e of others) if (!e.lines.length) grow(e, labelLines(e, 0, width));
  for (let lines = 3; lines <= whole; lines += 1) {
    for (const e of current) grow(e, labelLines(e, lines, width));
  }
  // Then each other dot its resting form.
  for (const e of others) grow(e, resting.get(e)!);
  // Dots left bare are counted, with the rest up to the step's own events, under the label
  // before them ("2022–May 2024: 5 events"), or where that label is the step's own, on the first
  // dot ("2020–2021: 2 events" between two wins): never dropped unsaid; tooltips and the table
  // name each. Their dates as short as it takes to keep the lines it has: month or year (a
  // phone's "Sept 2023–19 Nov 2025: 4 events" took a line more than its label had).
  for (let i = 0; i < events.length; i++) {
    if (events[i]!.lines.length || isCurrent(events[i]!)) continue;
    let j = i;
    while (events[j + 1] && !isCurrent(events[j + 1]!)) j++;
    const before = events[i - 1];
    const [head, from] = before && !isCurrent(before) ? [before, i] : [events[i]!, i + 1];
    // A lone dot after the step's own label is dated; a run is counted, saying how many of
    // its events are the red of Russian voices when it mixes them with others (a phone's grey
    // "Jul 2022–Nov 2025: 5 events" had taken in four of the government's and Sberbank's claims).
    const counted = [head, ...events.slice(from, j + 1)];
    const red = counted.filter((e) => e.official).length;
    const mixed = red > 0 && red < counted.length;
    const count = `${counted.length} events${mixed ? `, ${red} in red` : ''}`;
    const said =
      from > j
        ? labelLines(head, 0, width)
        : [monthYear, (d: string) => d.slice(-4)]
            .map((f) => span(f(head.date), f(events[j]!.date)))
            .map((dates) => wrapLines(`${dates}: ${count}`, width, FONT_SIZE))
            .find((l) => l.length <= Math.max(1, head.lines.length));
    if (said?.length) {
      const rest = events.slice(from, j + 1).map((e) => e.lines);
      for (const e of events.slice(from, j + 1)) e.lines = [];
      grow(head, said);
      // No room: the step's own labels give up a line each, longest first, until it fits (a
      // phone-width copy had the step's seven labels whole and the dots between them bare); if
      // it never does, they keep their lines. Each keeps its date, and none gives a line to a run
      // still to come in the story (a phone's "Banks test Chinese chips", the step's own event,
      // lost its date to a count of two November events not yet shown).
      const kept = current.map((e) => e.lines);
      const shorter = (e: TimelineEvent) => labelLines(e, e.lines.length - 1, width);
      const giving = () => longestOf(current.filter((e) => dated(shorter(e))));
      for (let longest = giving(); head.lines !== said && longest && counted.some((e) => e.visible); longest = giving()) {
        longest.lines = shorter(longest);
        grow(head, said);
      }
      // A first dot with no room for the count keeps its neighbours as they were.
      if (head.lines !== said) {
        current.forEach((e, k) => (e.lines = kept[k]!));
        events.slice(from, j + 1).forEach((e, k) => (e.lines = rest[k]!));
      }
      // A count of mixed voices is no one's words, so not in the red of Russian voices (a
      // phone's "2023–22 Jan 2026: 4 events" had a red ring for the one of four that was); a
      // count of theirs alone keeps it. The dots it counts sit under its own (squeezed under it
      // on the ruler, eight had read as a red and grey blob).
      else if (from <= j) {
        head.official &&= !mixed;
        for (const e of events.slice(from, j + 1)) (e.official &&= !mixed), (e.in = head);
      }
    }
    i = j;
  }
  return gap;

  /** The event of `list` on the most lines, if any is on more than one. */
  function longestOf(list: TimelineEvent[]): TimelineEvent | undefined {
    return list.filter((e) => e.lines.length > 1).sort((a, b) => b.lines.length - a.lines.length)[0];
  }

  /** Takes `lines` for `e` when the stack still fits with them, else keeps what it had. */
  function grow(e: TimelineEvent, lines: string[]): void {
    const before = e.lines;
    e.lines = lines;
    if (!fits(gap)) e.lines = before;
  }
}

/**
 * Sets each label to its resting form (as if no step were current, without notes) and returns
 * the gap between labels: the longest of whole, two lines and its date with short words at which
 * the whole stack fits the frame with room to spare for one step's label read whole and a note
 * under it.
 */
function rest(events: TimelineEvent[], width: number, room: number, whole: number): number {
  let gap = GAP;
  for (const [level, levelGap] of [[whole, GAP], [2, GAP], [2, TIGHT_GAP], [0, TIGHT_GAP]] as const) {
    gap = levelGap;
    let height = -gap;
    let grows = 0;
    for (const e of events) {
      e.lines = labelLines(e, level, width, false);
      height += e.lines.length * LINE_HEIGHT + gap;
      grows = Math.max(grows, (labelLines(e, whole, width, false).length - e.lines.length) * LINE_HEIGHT);
    }
    if (height + grows <= room) break;
  }
  return gap; // level 0, their dates and short words, when nothing longer leaves room
}

function stackHeight(events: TimelineEvent[], gap: number): number {
  const labelled = events.filter((e) => e.lines.length);
  return labelled.reduce((sum, e) => sum + blockHeight(e) + gap, -gap);
}

/** Height of an event's label block in pixels, with the note written under it. */
export const blockHeight = (e: Pick<TimelineEvent, 'lines' | 'note' | 'wrap'>): number => e.lines.length * LINE_HEIGHT + (e.note && !e.wrap && e.lines.length ? NOTE_GAP + e.note.height : 0);

export { LINE_HEIGHT };

/**
 * The height a timeline needs at this width (ChartFrame's `fit`): its tallest state laid out with
 * every gap fully opened, from the first label's top to the last's foot, or to the foot of a note
 * that hangs beside it (`hang`). Four events had sat centred in a desktop panel, 130 px under
 * their title.
 */
export function timelineNaturalHeight(rows: Row[], states: Record<string, { params: TimelineParams; notes?: Note[] | undefined }>, reserve: readonly Note[], frame: Size): number {
  return Math.max(...Object.values(states).map((s) => {
    const layout = layoutTimeline(rows, s.params, frame, s.notes, reserve);
    const labelled = layout.events.filter((e) => e.lines.length);
    const last = labelled.at(-1)!;
    return last.labelY + Math.max(blockHeight(last), LINE_HEIGHT / 2 + layout.hang) - labelled[0]!.labelY + MARGIN.top + MARGIN.bottom;
  }));
}

/** Where each shown event's dot is (for notes), and what its labels cover. */
export function timelineNoteAnchors(layout: TimelineLayout): { anchors: Anchor[]; obstacles: NoteBox[] } {
  const shown = layout.events.filter((e) => e.visible);
  return {
    // A note beside its label points to the label's end; one under it, to its dot.
    anchors: shown.map((e) =>
      e.wrap && e.lines.length ? { key: e.id, x: layout.labelX + textWidth(e.lines[0]!, FONT_SIZE) + 6, y: e.dotY, r: 0, slot: e.note } : { key: e.id, x: e.dotX, y: e.dotY, r: e.highlighted ? 6 : 4, slot: e.note && e.lines.length ? e.note : undefined },
    ),
    obstacles: shown
      .filter((e) => e.lines.length)
      .map((e) => ({ x: layout.labelX, y: e.labelY, width: drawnWidth(e.lines), height: e.lines.length * LINE_HEIGHT + LABEL_PAD }))
      .concat(layout.now === undefined ? [] : [{ x: layout.axisX, y: layout.now - 10, width: 40, height: 20 }]),
  };
}

/**
 * How far down a state draws (the spine, and `boxes`: the shown events' labels, "Now" and the
 * notes), and the margin: a still copy is cut there. Events a step has not reached keep their
 * places below.
 */
export function timelineDrawnHeight(layout: TimelineLayout, boxes: readonly NoteBox[]): number {
  return Math.max(layout.end, ...boxes.map((b) => b.y + b.height)) + MARGIN.bottom;
}
