import { describe, expect, it } from 'vitest';
import type { Row } from '../../lib/schemas';
import { readContent } from '../../../tests/content/support/readContent';
import { buildStory } from '../../lib/story';
import { blockHeight, evenly, FONT_SIZE, isOnOrBefore, isRunning, layoutTimeline, LINE_HEIGHT, TIGHT_GAP, timelineNaturalHeight, timelineNoteAnchors, yearShown, yearsShown, type TimelineEvent, type TimelineLayout } from './layout';
import type { TimelineParams } from './schema';
import { isShortened, textWidth, wrapLines } from '../shared/text';
import { NOTE_LINE_HEIGHT, notesOfEveryState, placeNotes } from '../shared/notes';

const rows = (dates: string[]): Row[] =>
  dates.map((date, i) => ({ id: `e${i}`, date, label: `Event number ${i} with a label long enough to wrap on a phone`, short: `Event ${i}`, source: 's' }));

/** A label that counts a run of dots ("2022–May 2024: 5 events", "...: 5 events, 4 in red"). */
const COUNT = / \d+ events(, \d+ in red)?$/;

describe('layoutTimeline', () => {
  // A 320 px phone's sanctions timeline had counted "2023–22 Jan 2026: 4 events" under a red ring
  // (Russian voices are red) when one of the four was Russian. A count is no one's words.
  // A count of the government's claims alone is theirs, in red; of mixed voices, no one's.
  it('a count of events is in the red of Russian voices exactly when every event it counts is theirs', () => {
    const story = buildStory(readContent());
    const problems: string[] = [];
    let red = 0;
    for (const chart of [...story.charts.values()].filter((c) => c.kind === 'timeline')) {
      const official = new Set(chart.rows.filter((r) => r['voice'] === 'official').map((r) => r['id']));
      for (const height of [200, 240, 258, 279, 320, 400]) {
        for (const [name, state] of Object.entries(chart.states)) {
          const layout = layoutTimeline(chart.rows, state.params as TimelineParams, { width: 288, height }, state.notes);
          for (const e of layout.events.filter((e) => COUNT.test(e.lines.join(' ')))) {
            const theirs = [e, ...layout.events.filter((o) => o.in === e)].every((o) => official.has(o.id));
            if (e.official !== theirs) problems.push(`${chart.id} ${name} 288x${height}: "${e.lines.join(' ')}" ${e.official ? 'red' : 'grey'}`);
            if (e.official) red++;
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(red, 'a crowded outlook-claims counts the government and Sberbank apart').toBeGreaterThan(0);
  });

  // At 1280 px the milestones wrapped "15 Feb 2024: Decree No. 124 rewrites the" over "strategy".
  it('wraps a label to balanced lines, never a full line over one word', () => {
    const chart = buildStory(readContent()).charts.get('ambition-milestones')!;
    for (const width of [390, 560, 785, 1035]) {
      for (const state of Object.values(chart.states)) {
        const layout = layoutTimeline(chart.rows, state.params as TimelineParams, { width, height: 560 }, state.notes);
        for (const e of layout.events.filter((e) => e.lines.length > 1)) {
          expect(e.lines.at(-1)!.split(' ').length, `${width}: ${e.lines.join(' / ')}`).toBeGreaterThan(1);
        }
      }
    }
  });

  it('leaves a note under its label a leader long enough to see (8 px past the dot; 3 px looked like a tick)', () => {
    for (const width of [320, 560]) {
      for (const highlighted of [true, false]) {
        const layout = layoutTimeline(rows(['2020-01-01', '2024-04-17']), { highlight: highlighted ? ['e1'] : [] }, { width, height: 500 }, [{ at: 'e1', text: 'No public measure since' }]);
        const e = layout.events[1]!;
        expect(e.note!.y - (e.dotY + (highlighted ? 6 : 4) + 2), `${width}`).toBeGreaterThanOrEqual(8);
      }
    }
  });

  // A 320x700 phone had left four of the sanctions chapter's thirteen events as bare dots, unsaid.
  it('on a frame too short for every label, counts the dots it cannot label under the label before them', () => {
    const dates = Array.from({ length: 13 }, (_, i) => `20${10 + i}-0${1 + (i % 9)}`);
    const layout = layoutTimeline(rows(dates), { highlight: ['e11', 'e12'] }, { width: 288, height: 240 }, [{ at: 'e11', text: 'A note under it' }]);
    const bare = layout.events.filter((e) => !e.lines.length && !e.highlighted);
    expect(bare.length).toBeGreaterThan(0);
    const head = layout.events[layout.events.indexOf(bare[0]!) - 1]!;
    expect(head.lines.join(' ')).toBe(`${head.date}–${bare.at(-1)!.date}: ${bare.length + 1} events`);
    // Every bare dot is in that one run, right after its label.
    expect(layout.events.slice(layout.events.indexOf(head) + 1, layout.events.indexOf(head) + 1 + bare.length)).toEqual(bare);
  });

  // A desktop had kept each note's room under its label in every step, and readers took the
  // empty room of other steps for time passing.
  it('on a wide frame writes a note beside its label, level with it, and keeps no room for it in the stack', () => {
    const withNote = layoutTimeline(rows(['2020-01-01', '2024-04-17', '2025-01-01']), { highlight: ['e1'] }, { width: 700, height: 400 }, [{ at: 'e1', text: 'No public measure since' }]);
    const without = layoutTimeline(rows(['2020-01-01', '2024-04-17', '2025-01-01']), { highlight: [] }, { width: 700, height: 400 }, [], [{ at: 'e1', text: 'No public measure since' }]);
    const e = withNote.events[1]!;
    expect(e.note!.x).toBeGreaterThan(withNote.labelX + Math.max(...e.lines.map((l) => textWidth(l, FONT_SIZE))));
    expect(Math.abs(e.note!.y - e.labelY)).toBeLessThanOrEqual(4);
    expect(without.events.map((ev) => ev.labelY)).toEqual(withNote.events.map((ev) => ev.labelY));
    // Even gaps between blocks.
    const [a, b, c] = withNote.events;
    expect(c!.labelY - (b!.labelY + blockHeight(b!))).toBeCloseTo(b!.labelY - (a!.labelY + blockHeight(a!)), 6);
    // Its leader runs from the label's end, not across the label from the dot.
    const anchor = timelineNoteAnchors(withNote).anchors.find((an) => an.key === 'e1')!;
    expect(anchor.x).toBeGreaterThan(withNote.labelX + 20);
  });

  // At 1680 px every note had stood at the frame's right edge, on leaders of 230-360 px from
  // labels half as wide as the frame ("He hoped Chinese production would help", sanctions).
  it('on a wide frame starts each note just past the labels level with it, not at the far edge', () => {
    const story = buildStory(readContent());
    const problems = [...story.charts.values()]
      .filter((spec) => spec.kind === 'timeline')
      .flatMap((spec) =>
        Object.entries(spec.states).flatMap(([name, state]) =>
          [1000, 1200].flatMap((width) => {
            const layout = layoutTimeline(spec.rows, state.params as TimelineParams, { width, height: 560 }, state.notes ?? [], notesOfEveryState(spec.states));
            return layout.events.flatMap((e) => {
              const note = e.note;
              if (!note || !e.wrap) return [];
              // The labels level with the note, as the font draws them in bold.
              const level = layout.events.filter((o) => o.lines.length && o.labelY < note.y + note.height && o.labelY + o.lines.length * LINE_HEIGHT > note.y);
              const widest = Math.max(...level.flatMap((o) => o.lines.map((l) => textWidth(l, FONT_SIZE))));
              const past = note.x - (layout.labelX + widest);
              return past > 28 + 0.1 * widest || past < 16 ? [`${spec.id} ${name} at ${width}: note ${Math.round(past)} px past the widest label level with it`] : [];
            });
          }),
        ),
      );
    expect(problems).toEqual([]);
  });

  // The sanctions chapter's Nvidia halt ("March 2022") had been drawn above Intel and AMD's of 3 March.
  it('puts an event dated to the month or year only after a day early in it, and before one late in it', () => {
    const layout = layoutTimeline(rows(['2022-03', '2022-03-03', '2022-03-28', '2023', '2023-02-01', '2023-11-30']), { highlight: [] }, { width: 390, height: 600 });
    expect(layout.events.map((e) => e.date)).toEqual(['3 Mar 2022', 'Mar 2022', '28 Mar 2022', '1 Feb 2023', '2023', '30 Nov 2023']);
  });

  const crowded = rows(['2017-09-01', '2019-10-10', '2023-04-24', '2023-05-18', '2024-02-15', '2024-09-19', '2024-12-11', '2024-12-12']);

  it.each([
    { width: 280, height: 420 },
    { width: 390, height: 460 },
    { width: 768, height: 500 },
    { width: 1400, height: 600 },
  ])('labels never overlap and stay inside $width x $height', (size) => {
    const layout = layoutTimeline(crowded, { highlight: [] }, size);
    const blocks = layout.events.map((e) => ({ top: e.labelY, bottom: e.labelY + blockHeight(e) }));
    blocks.forEach((b, i) => {
      expect(b.top).toBeGreaterThanOrEqual(0);
      expect(b.bottom).toBeLessThanOrEqual(size.height);
      if (i > 0) expect(b.top).toBeGreaterThanOrEqual(blocks[i - 1]!.bottom);
    });
  });

  it.each([
    { width: 288, height: 340 },
    { width: 358, height: 391 },
    { width: 560, height: 452 },
  ])('reserves room for a note under its event label, inside $width x $height and clear of the other labels', (size) => {
    const many = rows(['2020-11', '2020-12', '2021-08', '2022-04', '2022-07', '2023-09-26', '2024-02-02', '2024-12-12', '2025-11', '2025-12', '2026-04', '2026-04']);
    const notes = [{ at: 'e8', text: 'A note long enough to need two lines on a phone' }];
    const layout = layoutTimeline(many, { highlight: ['e7', 'e8'] }, size, notes);
    const noted = layout.events.find((e) => e.id === 'e8')!;
    expect(noted.note).toBeDefined();
    const note = noted.note!;
    expect(note.y).toBeGreaterThanOrEqual(noted.labelY + noted.lines.length * 16);
    expect(note.x + note.width).toBeLessThanOrEqual(size.width);
    expect(note.y + note.height).toBeLessThanOrEqual(size.height);
    for (const e of layout.events.filter((ev) => ev.id !== 'e8' && ev.lines.length)) {
      expect(e.labelY + e.lines.length * 16 <= note.y || e.labelY >= note.y + note.height, e.id).toBe(true);
    }
  });

  it("marks officials' claims (voice: official) in every state, so their colour never changes with the step", () => {
    const claims = rows(['2023-09', '2024-12', '2025-12']).map((r, i) => (i < 2 ? { ...r, voice: 'official' } : r));
    for (const highlight of [[], ['e0'], ['e2']]) {
      expect(layoutTimeline(claims, { highlight } as TimelineParams, { width: 358, height: 391 }).events.map((e) => e.official)).toEqual([true, true, false]);
    }
  });

  it('hides events after upTo, keeping every position (so revealing never moves the others)', () => {
    const all = layoutTimeline(crowded, { highlight: [] }, { width: 400, height: 450 });
    const early = layoutTimeline(crowded, { highlight: ['e1'], upTo: '2019' }, { width: 400, height: 450 });
    expect(early.events.filter((e) => e.visible).map((e) => e.id)).toEqual(['e0', 'e1']);
    expect(early.events.map((e) => e.labelY)).toEqual(all.events.map((e) => e.labelY));
    expect(early.events.find((e) => e.id === 'e1')?.highlighted).toBe(true);
  });

  it('shortens even highlighted labels before letting them overlap in a cramped frame', () => {
    const size = { width: 300, height: 200 };
    const layout = layoutTimeline(crowded, { highlight: ['e5', 'e6'] }, size);
    const labelled = layout.events.filter((e) => e.lines.length);
    const blocks = labelled.map((e) => ({ top: e.labelY, bottom: e.labelY + blockHeight(e) }));
    blocks.forEach((b, i) => i > 0 && expect(b.top).toBeGreaterThanOrEqual(blocks[i - 1]!.bottom));
    expect(labelled.map((e) => e.id)).toEqual(expect.arrayContaining(['e5', 'e6']));
  });

  it('shortened labels keep their line count and their width', () => {
    const size = { width: 288, height: 219 };
    const layout = layoutTimeline(crowded, { highlight: ['e0'] }, size);
    for (const e of layout.events) {
      for (const line of e.lines) expect(textWidth(line, FONT_SIZE)).toBeLessThanOrEqual(size.width - layout.labelX);
    }
  });

  // Gaps in proportion to time read as pace: a month's gap was drawn wider than two years'.
  it('spaces labels evenly whatever the time between them, and centres a short list', () => {
    const size = { width: 400, height: 450 };
    const layout = layoutTimeline(rows(['2022-02-24', '2022-03', '2023', '2026-01-22']), { highlight: [] }, size);
    const gaps = layout.events.slice(1).map((e, i) => e.labelY - (layout.events[i]!.labelY + blockHeight(layout.events[i]!)));
    for (const g of gaps) expect(g).toBeCloseTo(gaps[0]!, 6);
    const last = layout.events.at(-1)!;
    expect(layout.events[0]!.labelY - 16).toBeCloseTo(layout.bottom - (last.labelY + blockHeight(last)), 6);
    // The spine starts at the first event, not at the frame's top.
    expect(layout.top).toBe(layout.events[0]!.y);
    // No year ticks: the spine is an order, not a scale.
    expect(layout).not.toHaveProperty('ticks');
  });

  it('marks the story\'s date "Now" on the spine, between the events before and after it', () => {
    const layout = layoutTimeline(rows(['2026-02-26', '2026-06-01', '2030', '2032']), { highlight: [], today: '2026-11-30' }, { width: 400, height: 450 });
    const june = layout.events.find((e) => e.id === 'e1')!;
    const y2030 = layout.events.find((e) => e.id === 'e2')!;
    expect(layout.now).toBeGreaterThan(june.y);
    expect(layout.now).toBeLessThan(y2030.y);
    // "Now" is written right of the spine, in a gap between labels, so it takes no room from them.
    const plain = layoutTimeline(rows(['2026-02-26', '2026-06-01', '2030', '2032']), { highlight: [] }, { width: 400, height: 450 });
    expect(plain.now).toBeUndefined();
    expect(plain.labelX).toBe(layout.labelX);
  });

  it('keeps each label by its own date, pushing a bunched cluster apart in date order, each tied to its dot by its leader', () => {
    const size = { width: 400, height: 500 };
    const bunched = rows(['2022-02-24', '2022-02-25', '2022-02-27', '2022-03', '2022-03-03', '2022-06-03', '2022-10', '2023', '2026']);
    const layout = layoutTimeline(bunched, { highlight: [] }, size);
    const tops = layout.events.map((e) => e.labelY);
    // In date order, none touching, all inside the frame.
    tops.slice(1).forEach((t, i) => expect(t).toBeGreaterThanOrEqual(tops[i]! + blockHeight(layout.events[i]!)));
    expect(tops.at(-1)! + blockHeight(layout.events.at(-1)!)).toBeLessThanOrEqual(size.height);
    // Every label's first line is level with its date on the ruler, whose knots are the labels
    // (on a straight ruler a pushed label sat beside another year's tick).
    for (const e of layout.events) expect(Math.abs(e.dotY - e.y)).toBeLessThan(1);
    // The ruler runs forward: later dates lower down.
    layout.events.slice(1).forEach((e, i) => expect(e.y).toBeGreaterThanOrEqual(layout.events[i]!.y));
    for (const e of layout.events) {
      // The connector runs from the event's date on the ruler to its dot, which sits on its label's first line.
      const start = e.leader.match(/^M([\d.]+),([\d.]+)/)!;
      const end = e.leader.match(/ ([\d.]+),([\d.]+)$/)!;
      expect(Number(start[2])).toBeCloseTo(e.y, 0);
      expect(Number(start[1]) - layout.axisX).toBeLessThan(8);
      expect(e.dotX - Number(end[1])).toBeLessThan(8);
      expect(Number(end[2])).toBeCloseTo(e.dotY, 0);
      expect(e.dotY).toBeGreaterThan(e.labelY);
      expect(e.dotY).toBeLessThan(e.labelY + blockHeight(e));
      expect(layout.labelX - e.dotX).toBeLessThan(16);
    }
  });

  it('on a crowded phone frame a one-line label reads "date: short words", never a bare date or a cut label', () => {
    const many = rows(['2020-11', '2020-12', '2021-08', '2022-04', '2022-07', '2023-09-26', '2024-02-02', '2024-12-12', '2025-11', '2025-12', '2026-04', '2026-04']);
    const layout = layoutTimeline(many, { highlight: ['e11'] }, { width: 358, height: 340 });
    const oneLine = layout.events.filter((e) => e.lines.length === 1 && e.id !== 'e11' && !/ events$/.test(e.lines[0]!));
    expect(oneLine.length).toBeGreaterThan(4);
    for (const e of oneLine) expect(e.lines[0]).toBe(`${e.date}: ${e.short}`);
  });

  it('on a 320 px phone, where "date: words" is too wide, the short words keep the year (or a month running on from the year above) rather than go alone or become a bare date', () => {
    const many = rows(['2020-11', '2020-12', '2021-08', '2022-04', '2022-07', '2023-09-26', '2024-02-02', '2024-12-12', '2025-11', '2025-12', '2026-04', '2026-04']).map((r) => ({ ...r, short: 'A short phrase of words' }));
    const layout = layoutTimeline(many, { highlight: ['e11'] }, { width: 288, height: 258 });
    const oneLine = layout.events.filter((e) => e.lines.length === 1 && e.id !== 'e11' && !/ events$/.test(e.lines[0]!));
    expect(oneLine.length).toBeGreaterThan(4);
    for (const e of oneLine) expect(e.lines[0]).toMatch(/^(\d{4}|\w{3,4} \d{4}|\w{3,4}): A short phrase of words$/);
  });

  it('handles a single event', () => {
    const layout = layoutTimeline(rows(['2020']), { highlight: [] }, { width: 300, height: 300 });
    expect(layout.events).toHaveLength(1);
    expect(Number.isFinite(layout.events[0]!.y)).toBe(true);
  });
});

/**
 * Labels wrap to two lines before anything is shortened: a label drawn as its date alone or cut
 * to one line with an ellipsis, while the stack (at its tightest gap) had room for that label on
 * two lines, is a failure. Also no overlap, inside the frame, and each dot on its label.
 */
function labelProblems(layout: TimelineLayout, size: { width: number; height: number }): string[] {
  const problems: string[] = [];
  const labelled = layout.events.filter((e) => e.lines.length);
  const used = labelled.reduce((sum, e) => sum + blockHeight(e), 0) + TIGHT_GAP * Math.max(0, labelled.length - 1);
  const room = layout.bottom - layout.top;
  const width = size.width - layout.labelX;
  for (const e of layout.events) {
    const two = Math.min(2, wrapLines(e.full, width - 12, FONT_SIZE).length);
    // An event with short words says them whole on one line rather than half its label on two.
    const brief = e.lines.length === 1 && e.lines[0]!.endsWith(e.short);
    // A label that counts the bare dots after it ("2022–May 2024: 5 events") stands for them all.
    const counts = COUNT.test(e.lines.join(' '));
    if (e.lines.length >= two || !isShortened(e.lines, e.full) || brief || counts) continue;
    const extra = (two - e.lines.length) * LINE_HEIGHT + (e.lines.length ? 0 : TIGHT_GAP);
    if (used + extra <= room) problems.push(`${e.id} shortened to "${e.lines.join(' / ')}" though two lines fit (${used} + ${extra} <= ${room})`);
  }
  labelled.forEach((e, i) => {
    const prev = labelled[i - 1];
    if (e.labelY < 0 || e.labelY + blockHeight(e) > size.height + 1e-6) problems.push(`${e.id} outside the frame`);
    if (prev && e.labelY < prev.labelY + blockHeight(prev) - 1e-6) problems.push(`${e.id} overlaps ${prev.id}`);
    if (e.dotY < e.labelY || e.dotY > e.labelY + LINE_HEIGHT) problems.push(`${e.id}: dot off its label`);
    for (const line of e.lines) if (textWidth(line, FONT_SIZE) > width) problems.push(`${e.id}: "${line}" wider than the frame`);
  });
  return problems;
}

describe('timeline labels wrap before they shorten (sweep 280-1680 px)', () => {
  const story = buildStory(readContent());
  const timelines = [...story.charts.values()].filter((spec) => spec.kind === 'timeline');
  // Phones 320-430 wide (the sticky frame is 32 px narrower, 258-400 px tall), then up to 1680.
  const sizes = [
    ...[288, 300, 320, 343, 358, 380, 398].flatMap((width) => [258, 300, 340, 370, 400].map((height) => ({ width, height }))),
    ...[480, 640, 785, 1000, 1200].map((width) => ({ width, height: 480 })),
  ];

  // A 320x700 phone had dropped three of the ambition timeline's milestones to bare dots with no
  // count: the count's full dates took a line more than the label before them had.
  it.each(timelines.map((spec) => [spec.id, spec] as const))('%s: every dot without a label is counted under the label before it', (_, spec) => {
    const problems = Object.entries(spec.states).flatMap(([name, state]) =>
      sizes.flatMap((size) => {
        const events = layoutTimeline(spec.rows, state.params as TimelineParams, size, state.notes ?? [], notesOfEveryState(spec.states)).events;
        return events.flatMap((e, i) => {
          if (e.lines.length || e.highlighted || !e.visible) return [];
          // (Between two of the step's own labels, a crowded phone may have no line to spare.)
          const head = events.slice(0, i).findLast((h) => h.lines.length);
          return !head || head.highlighted || COUNT.test(head.lines.join(' ')) ? [] : [`${name} ${size.width}x${size.height}: ${e.id} unsaid`];
        });
      }),
    );
    expect(problems).toEqual([]);
  });

  // A 320 px phone's outlook claims had squeezed eight counted dots under "Jul 2022–Apr 2026: 8
  // events", where they read as a red and grey blob on the spine.
  it.each(timelines.map((spec) => [spec.id, spec] as const))('%s: the dots a count stands for sit at its own place on the ruler, in its colour', (_, spec) => {
    const problems = Object.entries(spec.states).flatMap(([name, state]) =>
      sizes.flatMap((size) => {
        const events = layoutTimeline(spec.rows, state.params as TimelineParams, size, state.notes ?? [], notesOfEveryState(spec.states)).events;
        return events.flatMap((e, i) => {
          if (!COUNT.test(e.lines.join(' '))) return [];
          const n = Number(/(\d+) events(, \d+ in red)?$/.exec(e.lines.join(' '))![1]);
          const counted = events.slice(i, i + n).filter((c) => !c.lines.length || c === e);
          return counted.filter((c) => c.y !== e.y || c.official !== e.official).map((c) => `${name} ${size.width}x${size.height}: ${c.id} ${c.y === e.y ? 'another colour' : `${Math.round(c.y - e.y)} px off`} under "${e.lines.join(' ')}"`);
        });
      }),
    );
    expect(problems).toEqual([]);
  });

  it.each(timelines.map((spec) => [spec.id, spec] as const))('%s, every state', (_, spec) => {
    const problems = Object.entries(spec.states).flatMap(([name, state]) =>
      sizes.flatMap((size) => labelProblems(layoutTimeline(spec.rows, state.params as TimelineParams, size, state.notes ?? [], notesOfEveryState(spec.states)), size).map((p) => `${name} ${size.width}x${size.height}: ${p}`)),
    );
    expect(problems).toEqual([]);
  });

  // A phone's "2030: Strategy targets due", the step's own label, had lost the step's 11 trillion
  // roubles while every other label kept its whole words: the others give way first.
  it.each(timelines.map((spec) => [spec.id, spec] as const))("%s: a step's own label is cut to short words only where no other keeps more than two lines whole", (_, spec) => {
    const problems = Object.entries(spec.states).flatMap(([name, state]) =>
      sizes.flatMap((size) => {
        const events = layoutTimeline(spec.rows, state.params as TimelineParams, size, state.notes ?? [], notesOfEveryState(spec.states)).events;
        const cut = events.filter((e) => e.highlighted && e.visible && e.lines.length && e.lines !== e.whole);
        const kept = events.filter((e) => !e.highlighted && e.visible && e.lines === e.whole && e.lines.length > 2);
        return cut.length && kept.length ? [`${name} ${size.width}x${size.height}: "${cut[0]!.lines.join(' ')}" beside "${kept[0]!.lines.join(' ')}"`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  // Reviewers read a phone's labels switching between whole and short words from step to step
  // ("Putin: the AI leader will be 'ruler of the world'", then "Putin: AI leader rules") as two events.
  // (On a 320 px phone's shortest frame a step's labels may still crowd others down to their dots.)
  it.each(timelines.map((spec) => [spec.id, spec] as const))('%s: an event not of the step reads the same in every step', (_, spec) => {
    const changing = [{ width: 358, height: 391 }, { width: 343, height: 340 }, { width: 288, height: 400 }, { width: 785, height: 480 }].flatMap((size) => {
      const forms = new Map<string, Set<string>>();
      for (const state of Object.values(spec.states)) {
        for (const e of layoutTimeline(spec.rows, state.params as TimelineParams, size, state.notes ?? [], notesOfEveryState(spec.states)).events) {
          if (!e.visible || e.highlighted || e.note) continue;
          forms.set(e.id, (forms.get(e.id) ?? new Set()).add(e.lines.join(' / ')));
        }
      }
      return [...forms].filter(([, f]) => f.size > 1).map(([id, f]) => `${size.width}x${size.height} ${id}: ${[...f].join(' | ')}`);
    });
    expect(changing).toEqual([]);
  });

  // Reviewers read a row that moved between steps as the chart changing: on a desktop frame
  // notes go beside their labels, so each label keeps its place in every step.
  it('on a desktop frame no label moves between steps', () => {
    const moving = timelines.flatMap((spec) =>
      [{ width: 785, height: 527 }, { width: 785, height: 480 }, { width: 1035, height: 685 }].flatMap((size) => {
        const at = new Map<string, Set<number>>();
        for (const state of Object.values(spec.states)) {
          const layout = layoutTimeline(spec.rows, state.params as TimelineParams, size, state.notes ?? [], notesOfEveryState(spec.states));
          for (const e of layout.events.filter((e) => e.visible)) at.set(e.id, (at.get(e.id) ?? new Set()).add(e.labelY));
        }
        return [...at].filter(([, ys]) => ys.size > 1).map(([id, ys]) => `${spec.id} ${size.width}x${size.height} ${id}: ${[...ys].map(Math.round).join(', ')}`);
      }),
    );
    expect(moving).toEqual([]);
  });

  // A note beside the last label had risen to end at the frame's foot: its first line sat level
  // with the row above and read as that row's note (the ambition timeline's "Not passed by early
  // December 2026", review of 7 Dec). Checked in desktop panels and at the timeline's own height.
  it('a note beside the last label starts level with that label', () => {
    let checked = 0;
    const risen = timelines.flatMap((spec) => {
      const states = spec.states as Record<string, { params: TimelineParams; notes?: { at: string; text: string }[] }>;
      const reserve = notesOfEveryState(states);
      const natural = timelineNaturalHeight(spec.rows, states, reserve, { width: 750, height: 1e4 });
      return [{ width: 785, height: 527 }, { width: 1035, height: 685 }, { width: 750, height: natural }].flatMap((size) =>
        Object.entries(states).flatMap(([name, state]) => {
          const layout = layoutTimeline(spec.rows, state.params, size, state.notes ?? [], reserve);
          const last = layout.events.filter((e) => e.lines.length).at(-1)!;
          if (!last.note || !last.wrap) return [];
          checked++;
          return last.note.y >= last.labelY - 4 - 0.5 ? [] : [`${spec.id} ${name} ${size.width}x${Math.round(size.height)}: note at ${last.note.y}, label at ${last.labelY}`];
        }),
      );
    });
    expect(checked).toBeGreaterThan(4);
    expect(risen).toEqual([]);
  });

  // The stepper's frame on a desktop is wide but short: some events there are dots without a
  // label, and a note on or near one had thrown ("reading 'length'") as its step came.
  it.each(timelines.map((spec) => [spec.id, spec] as const))('%s: a wide, short frame places every note though some events lose their labels', (_, spec) => {
    for (const state of Object.values(spec.states)) {
      for (const size of [{ width: 673, height: 150 }, { width: 673, height: 240 }]) {
        const layout = layoutTimeline(spec.rows, state.params as TimelineParams, size, state.notes ?? [], notesOfEveryState(spec.states));
        const { anchors, obstacles } = timelineNoteAnchors(layout);
        expect(() => placeNotes(state.notes, anchors, obstacles, size)).not.toThrow();
      }
    }
  });

  // A note written beside its label may reach down beside the next labels: none it reaches runs into it.
  it.each(timelines.map((spec) => [spec.id, spec] as const))('%s: on a desktop frame no note beside a label covers another label', (_, spec) => {
    const covered = Object.entries(spec.states).flatMap(([name, state]) =>
      [{ width: 673, height: 452 }, { width: 887, height: 587 }].flatMap((size) => {
        const layout = layoutTimeline(spec.rows, state.params as TimelineParams, size, state.notes ?? [], notesOfEveryState(spec.states));
        const { obstacles } = timelineNoteAnchors(layout);
        return layout.events.flatMap((e) =>
          e.wrap && e.note ? obstacles.filter((o) => o.x + o.width > e.note!.x && o.y < e.note!.y + e.note!.height && o.y + o.height > e.note!.y).map((o) => `${name} ${size.width}x${size.height}: ${e.id}'s note covers the label at y ${Math.round(o.y)}`) : [],
        );
      }),
    );
    expect(covered).toEqual([]);
  });

  // At 1280 px "17 Apr 2024: Government sets a tenfold / goal for AI supercomputer capacity" wrapped
  // at half the frame, short of the notes' column, between one-line labels wider than it whole.
  it.each(timelines.map((spec) => [spec.id, spec] as const))('%s: on a desktop frame no label wraps that is narrower whole than a label beside it on one line', (_, spec) => {
    const wrapped = Object.entries(spec.states).flatMap(([name, state]) =>
      [{ width: 664, height: 452 }, { width: 785, height: 527 }, { width: 887, height: 587 }, { width: 1035, height: 685 }].flatMap((size) => {
        const shown = layoutTimeline(spec.rows, state.params as TimelineParams, size, state.notes ?? [], notesOfEveryState(spec.states)).events.filter((e) => e.lines.length);
        const widest = Math.max(0, ...shown.filter((e) => e.lines.length === 1).map((e) => textWidth(e.lines[0]!, FONT_SIZE)));
        return shown.filter((e) => e.lines.length > 1 && textWidth(e.full, FONT_SIZE) <= widest).map((e) => `${name} ${size.width}x${size.height}: "${e.lines.join(' / ')}"`);
      }),
    );
    expect(wrapped).toEqual([]);
  });

  // On a straight ruler, bunched labels were pushed down (or up) beside another year's tick: a
  // phone read "28 Feb 2022" level with 2023. The ruler's knots are now the labels, so each
  // first line is level with its own date, and it still runs forward; "Now" sits clear of every label.
  it.each(timelines.map((spec) => [spec.id, spec] as const))('%s: every label level with its date on the ruler, phone and desktop', (_, spec) => {
    const off = Object.entries(spec.states).flatMap(([name, state]) =>
      [{ width: 358, height: 391 }, { width: 288, height: 300 }, { width: 672, height: 450 }].flatMap((size) => {
        const layout = layoutTimeline(spec.rows, state.params as TimelineParams, size, state.notes ?? [], notesOfEveryState(spec.states));
        const at = `${name} ${size.width}x${size.height}`;
        const sameDay = (e: (typeof layout.events)[number]) => layout.events.filter((o) => o.y === e.y && o.lines.length).length > 1;
        return [
          ...layout.events.filter((e) => e.lines.length && !sameDay(e) && Math.abs(e.dotY - e.y) > 1).map((e) => `${at}: ${e.id} ${Math.round(e.dotY - e.y)} px from its date`),
          ...layout.events.slice(1).filter((e, i) => e.y < layout.events[i]!.y).map((e) => `${at}: ${e.id} above an earlier date`),
          // "Now" level with a shown label read as that event's date.
          ...(layout.now === undefined ? [] : layout.events.filter((e) => e.visible && e.lines.length && Math.abs(e.dotY - layout.now!) < 10).map((e) => `${at}: "Now" level with "${e.date}"`)),
        ];
      }),
    );
    expect(off).toEqual([]);
  });

  // Without year ticks the labels alone date the events: on a phone a label that lost its date
  // ("Sberbank: 6–9 months behind" above "Nov 2025: Sberbank: still 6–9 months") lost the point.
  // A month alone runs on from the year of the label above it ("Jan 2025: ...", "Feb: ..."); a
  // year alone between months ("Jan 2025", "2025: Sberbank–China research", "Sept 2025") had read
  // as out of order on a 320 px phone.
  it.each(timelines.map((spec) => [spec.id, spec] as const))('%s: on a phone every label shown keeps its year, or its month in the year of the label above', (_, spec) => {
    const undated = Object.entries(spec.states).flatMap(([name, state]) =>
      [{ width: 288, height: 236 }, { width: 288, height: 258 }, { width: 288, height: 340 }, { width: 358, height: 391 }].flatMap((size) => {
        let year: string | undefined;
        return layoutTimeline(spec.rows, state.params as TimelineParams, size, state.notes ?? [], notesOfEveryState(spec.states))
          .events.filter((e) => e.visible && e.lines.length)
          .flatMap((e) => {
            const label = e.lines.join(' ');
            const ok = yearShown(label) !== undefined || (isRunning(label) && year === e.date.slice(-4));
            year = yearShown(label) ?? (isRunning(label) ? year : undefined);
            return ok ? [] : [`${name} ${size.width}x${size.height}: "${e.lines.join(' / ')}"`];
          });
      }),
    );
    expect(undated).toEqual([]);
  });

  it('a month alone after a label that shows no year (words only) takes its year back', () => {
    const event = (date: string, lines: string[], short: string): TimelineEvent => ({ id: date, y: 0, dotX: 0, dotY: 0, labelY: 0, leader: '', date, full: '', short, sameYear: true, lines, highlighted: false, official: false, ahead: false, aside: false, visible: true });
    const events = [event('Jan 2025', ['Jan 2025: First'], 'First'), event('Mar 2025', ['Words only'], 'Words only'), event('Sept 2025', ['Sept: Then'], 'Then'), event('Oct 2025', ['Oct: After'], 'After')];
    yearsShown(events, 200);
    expect(events.map((e) => e.lines.join(' '))).toEqual(['Jan 2025: First', 'Words only', '2025: Then', 'Oct: After']);
  });

  it('on a 320 px phone a crowded list gives a month alone after a label of the same year, never the year alone between months', () => {
    const spec = timelines.find((t) => t.id === 'china-pivot-timeline')!;
    const state = spec.states['sovereigntySpeech']!;
    const labels = layoutTimeline(spec.rows, state.params as TimelineParams, { width: 288, height: 260 }, state.notes ?? [], notesOfEveryState(spec.states))
      .events.filter((e) => e.visible && e.lines.length)
      .map((e) => e.lines.join(' '));
    // A bare year may open its year ("2025: Order to work with China" under "11 Dec 2024"), not
    // follow a label of the same year ("Jan 2025", then "2025: Sberbank–China research").
    const prefixes = labels.map((l) => l.slice(0, l.indexOf(': ')));
    expect(prefixes.filter((p, i) => /^\d{4}$/.test(p) && i > 0 && prefixes[i - 1]!.includes(p)), labels.join(' | ')).toEqual([]);
    expect(prefixes.filter((p) => /^[A-Z][a-z]+$/.test(p)).length, labels.join(' | ')).toBeGreaterThan(0);
  });

  // At 320 px the outlook's "what to watch" labels of the current step were cut mid-sentence to
  // two lines ("30 Jun 2026: The government sends its AI…") though their short words fit whole;
  // so were other steps' ("Apr 2022: Defense One: sanctions and brain…").
  it.each(timelines.map((spec) => [spec.id, spec] as const))('%s: on a phone no label with short words is cut off', (_, spec) => {
    const cut = Object.entries(spec.states).flatMap(([name, state]) =>
      sizes.filter((size) => size.width < 400).flatMap((size) =>
        layoutTimeline(spec.rows, state.params as TimelineParams, size, state.notes ?? [], notesOfEveryState(spec.states))
          .events.filter((e) => e.short && e.lines.some((l) => l.endsWith('…')))
          .map((e) => `${name} ${size.width}x${size.height}: ${e.id} "${e.lines.join(' / ')}"`),
      ),
    );
    expect(cut).toEqual([]);
  });

  // A phone's count read "Feb 2022–Jun 2022: 5 events", its year twice in a line it had to spare.
  it('a count within one year writes the year once ("Feb–Jun 2022")', () => {
    const counts = timelines.flatMap((spec) =>
      Object.values(spec.states).flatMap((state) =>
        sizes.flatMap((size) => layoutTimeline(spec.rows, state.params as TimelineParams, size, state.notes ?? [], notesOfEveryState(spec.states)).events.flatMap((e) => e.lines.filter((l) => / events?\b/.test(l)))),
      ),
    );
    expect(counts.some((l) => /^[A-Z][a-z]+–[A-Z][a-z]+ \d{4}: /.test(l)), counts.join('\n')).toBe(true);
    expect(counts.filter((l) => /^[A-Z][a-z]+ (\d{4})–[A-Z][a-z]+ \1: /.test(l))).toEqual([]);
  });

  it.each([280, 320, 390, 430, 768, 1280, 1680].map((width) => ({ width, height: Math.min(480, Math.round(width * 0.9)) })))('synthetic crowded events at $width x $height', (size) => {
    const crowded = rows(['2017-09-01', '2019-10-10', '2023-04-24', '2023-05-18', '2024-02-15', '2024-09-19', '2024-12-11', '2024-12-12', '2025-01', '2025-06']);
    for (const highlight of [[], ['e0'], ['e4'], ['e8', 'e9']]) expect(labelProblems(layoutTimeline(crowded, { highlight }, size), size)).toEqual([]);
  });
});

describe('isOnOrBefore', () => {
  it.each([
    ['2024-09-19', '2024-09', true],
    ['2024-09-19', '2024-08', false],
    ['2024-12-11', '2024-12-11', true],
    ['2024-12-12', '2024-12-11', false],
    ['2019', '2024', true],
  ])('%s on or before %s is %s', (date, upTo, expected) => {
    expect(isOnOrBefore(date, upTo)).toBe(expected);
  });
});

describe('connectors', () => {
  it('tie every label to the ruler level, events of one date too, each at its own place', () => {
    const data = rows(['2025-02-06', '2025-09', '2025-09', '2025-11-04']);
    for (const size of [{ width: 390, height: 460 }, { width: 673, height: 452 }]) {
      const layout = layoutTimeline(data, { highlight: [] }, size);
      for (const e of layout.events) expect(e.y, e.id).toBe(e.dotY);
      expect(layout.events[1]!.y).toBeLessThan(layout.events[2]!.y);
    }
  });
});

describe('now', () => {
  const data = rows(['2026-02-26', '2026-04-13', '2026-06-01', '2026-06-30', '2030', '2032']);
  it('puts "Now" on the ruler between the last date passed and the first to come, on a crowded phone and a desktop', () => {
    for (const size of [{ width: 390, height: 480 }, { width: 640, height: 700 }]) {
      const layout = layoutTimeline(data, { highlight: [], today: '2026-11-30' }, size);
      expect(layout.now).toBeGreaterThan(layout.events[3]!.y);
      expect(layout.now).toBeLessThan(layout.events[4]!.y);
    }
  });
});

describe('short labels', () => {
  it('keep their date where the frame gives them the room (the china-pivot timeline on a phone)', async () => {
    const { parse } = await import('yaml');
    const { readFileSync } = await import('node:fs');
    const data = (parse(readFileSync('content/data/china-pivot-timeline.yaml', 'utf8')) as { rows: Row[] }).rows;
    for (const highlight of [['russia-china-ai-council-2025'], ['banks-test-chinese-chips-2025'], ['putin-sovereignty-2025']]) {
      const layout = layoutTimeline(data, { highlight }, { width: 335, height: 350 });
      for (const e of layout.events) if (e.lines.length) expect(e.lines.join(' ')).toContain(e.date);
    }
  });
});

describe('evenly', () => {
  it('opens every gap between knots alike, up to a limit, and centres what is left', () => {
    // Room to fill: each inner stretch gains the same.
    expect(evenly([8, 20, 40, 8], 100)).toEqual([8, 32, 52, 8]);
    // More room than a list should spread over: the gaps stop growing and the stack is centred.
    const wide = evenly([8, 20, 20, 8], 400);
    expect(wide[1]! - 20).toBe(wide[2]! - 20);
    expect(wide[1]! - 20).toBeLessThanOrEqual(48);
    expect(wide[0]).toBe(wide[3]);
    expect(wide.reduce((a, b) => a + b, 0)).toBeCloseTo(400, 6);
    // One event: centred.
    expect(evenly([8, 8], 100)).toEqual([50, 50]);
    // Needs that overflow shrink alike.
    expect(evenly([50, 150], 100)).toEqual([25, 75]);
  });
});

// At 1680 px the sandbox note ("Limit three years; a 2026 bill would make it five") took two lines,
// reached down beside the next, longer label and hung 110 px off its own.
describe('a note beside the labels', () => {
  it('takes one line beside its own label where one fits there (a 1680 px desktop frame)', () => {
    const spec = buildStory(readContent()).charts.get('outlook-assets')!;
    const state = Object.values(spec.states).find((s) => s.notes?.some((n: { at: string }) => n.at === 'law-258-fz-2021'))!;
    const layout = layoutTimeline(spec.rows, state.params as TimelineParams, { width: 866, height: 560 }, state.notes ?? [], notesOfEveryState(spec.states));
    const e = layout.events.find((ev) => ev.id === 'law-258-fz-2021')!;
    expect(e.lines).toHaveLength(1);
    expect(e.note!.x - (layout.labelX + textWidth(e.lines[0]!, FONT_SIZE))).toBeLessThanOrEqual(24);
    expect(e.note!.height).toBeLessThan(NOTE_LINE_HEIGHT * 2);
  });
});
