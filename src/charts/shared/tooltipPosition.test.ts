import { describe, expect, it } from 'vitest';
import { placeTooltip } from './tooltipPosition';

const frame = { left: 100, top: 100, width: 300, height: 300 };
const tip = { width: 120, height: 40 };

describe('placeTooltip', () => {
  it('sits centred above a mark when there is room', () => {
    expect(placeTooltip({ left: 240, top: 250, width: 20, height: 20 }, frame, tip)).toEqual({ left: 90, top: 102 });
  });
  it('goes below a mark near the top', () => {
    expect(placeTooltip({ left: 240, top: 110, width: 20, height: 20 }, frame, tip).top).toBe(38);
  });
  it('never leaves the frame sideways', () => {
    expect(placeTooltip({ left: 100, top: 250, width: 10, height: 10 }, frame, tip).left).toBe(0);
    expect(placeTooltip({ left: 395, top: 250, width: 10, height: 10 }, frame, tip).left).toBe(180);
  });
});
