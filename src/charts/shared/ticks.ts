/**
 * A value axis: a linear scale with "nice" round ends and as many ticks as the axis length
 * allows without crowding (one per `spacing` pixels). Pure, so the server and the browser
 * agree on every tick.
 */
import { scaleLinear, type LinearScale } from './linearScale';

export interface Tick {
  value: number;
  /** Position in pixels along the axis. */
  pos: number;
}

export interface ValueAxis {
  scale: LinearScale;
  ticks: Tick[];
}

export function valueAxis(domain: [number, number], range: [number, number], spacing = 40): ValueAxis {
  const count = Math.max(2, Math.floor(Math.abs(range[1] - range[0]) / spacing));
  const [lo, hi] = domain[0] === domain[1] ? [domain[0] - 1, domain[1] + 1] : domain;
  const scale = scaleLinear().domain([lo, hi]).range(range).nice(count);
  const ticks = scale.ticks(count).map((value) => ({ value, pos: scale(value) }));
  return { scale, ticks };
}

/** Ticks that are whole numbers only (years, counts), for axes of integer data. */
export function integerTicks(axis: ValueAxis): Tick[] {
  return axis.ticks.filter((t) => Number.isInteger(t.value));
}
