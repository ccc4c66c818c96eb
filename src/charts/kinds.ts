/**
 * Every chart kind and the schema of its state parameters. A chart definition naming a kind
 * not listed here, or a state whose params do not parse, stops the build.
 */
import type { z } from 'astro/zod';
import { timelineParams } from './timeline/params';
import { unitsParams } from './units/params';
import { rangeParams } from './range/params';
import { flowParams } from './flow/params';
import { barsParams } from './bars/params';
import { lineParams } from './line/params';
import { rankParams } from './rank/params';
import { squaresParams } from './squares/params';
import { mapParams } from './map/params';

export const chartKinds: Record<string, z.ZodType> = {
  timeline: timelineParams,
  units: unitsParams,
  range: rangeParams,
  flow: flowParams,
  bars: barsParams,
  line: lineParams,
  rank: rankParams,
  squares: squaresParams,
  map: mapParams,
};
