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
  ])('a group taller than its tooltip names the foot of its own squares at $width px; a shorter one its whole block', (size) => {
    const zoom = typeZoom(size.width);
    const layout = layoutUnits(chart.rows, params, zoomedSize(size, zoom), chart.unit);
    const [tall, short] = layout.groups;
    const foot = (g: typeof tall) => g!.squares.at(-1)!.y + layout.square;
    expect(tipBox(layout, tall!, size.width, zoom)).toMatchObject({ y: foot(tall) + 8, height: 0 });
    // Ending at its foot, a tooltip of up to five lines stays below its own label.
    expect(foot(tall) - (5 * 19 + 10) / zoom).toBeGreaterThanOrEqual(tall!.squares[0]!.y);
    // On a phone the "Do not" group's 20 squares are shorter than its tooltip (on a desktop, with
    // bigger squares, they hold it too).
    if (size.width < 500) expect(tipBox(layout, short!, size.width, zoom)).toMatchObject({ y: short!.labelY, height: foot(short) - short!.labelY });
    else expect(tipBox(layout, short!, size.width, zoom)).toMatchObject({ y: foot(short) + 8, height: 0 });
  });
});
