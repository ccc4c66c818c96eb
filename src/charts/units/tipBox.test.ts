import { describe, expect, it } from 'vitest';
import { readContent } from '../../../tests/content/support/readContent';
import { buildStory } from '../../lib/story';
import { typeZoom, zoomedSize } from '../shared/text';
import { layoutUnits } from './layout';
import { tipBox } from './tipBox';
import type { UnitsParams } from './schema';

const story = buildStory(readContent());
const chart = story.charts.get('it-emigrants-remote-work')!;
const params = Object.values(chart.states)[0]!.params as UnitsParams;

describe('tipBox', () => {
  // The live frames of the 390 and 1280 px pages, as measured in Chromium.
  it.each([
    { width: 358, height: 352 },
    { width: 785, height: 527 },
  ])('a group names the foot of its own squares at $width px, where the frame has room above it', (size) => {
    const zoom = typeZoom(size.width);
    const layout = layoutUnits(chart.rows, params, zoomedSize(size, zoom), chart.unit);
    const [tall, short] = layout.groups;
    const foot = (g: typeof tall) => g!.squares.at(-1)!.y + layout.square;
    expect(tipBox(layout, tall!, size.width, zoom)).toMatchObject({ y: foot(tall) + 8, height: 0 });
    // Ending at its foot, a tooltip of up to five lines stays below its own label.
    expect(foot(tall) - (5 * 19 + 10) / zoom).toBeGreaterThanOrEqual(tall!.squares[0]!.y);
    // The "Do not" group's tooltip too ends at its own foot (under it was the next label).
    expect(tipBox(layout, short!, size.width, zoom)).toMatchObject({ y: foot(short) + 8, height: 0 });
    // A group at the very top, with no room above its foot, keeps its whole block.
    const squeezed = { ...tall!, squares: tall!.squares.slice(0, 1).map((s) => ({ ...s, y: 0 })), labelY: 0 };
    expect(tipBox(layout, squeezed, size.width, zoom)).toMatchObject({ y: 0 });
    // A group with no squares has its box at its label, not from the frame's top.
    const none = { ...short!, squares: [], labelY: 200 };
    expect(tipBox(layout, none, size.width, zoom)).toEqual({ y: 200, width: 0, height: 0 });
  });

  // At 768 px the first group's squares ended at the frame's foot, and its line lay outside the svg.
  it('keeps the line inside the frame where a block ends at its foot', () => {
    const size = { width: 736, height: 490 };
    const zoom = typeZoom(size.width);
    const layout = layoutUnits(chart.rows, params, zoomedSize(size, zoom), chart.unit);
    for (const group of layout.groups) expect(tipBox(layout, group, size.width, zoom).y).toBeLessThanOrEqual(layout.height);
  });
});
