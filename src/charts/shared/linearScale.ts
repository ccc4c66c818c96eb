/**
 * A linear scale with the part of d3-scale's API the charts use (domain, range, ticks, nice,
 * clamp), built on d3-array's tick maths. d3-scale's scaleLinear also brings d3-interpolate,
 * d3-color and d3-format into the browser (about 9 KB gzip, a quarter of a chapter's
 * JavaScript budget); linearScale.test.ts checks this one gives d3-scale's answers.
 */
import { tickIncrement, ticks } from 'd3-array';

export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  domain(domain: readonly number[]): LinearScale;
  range(): [number, number];
  range(range: readonly number[]): LinearScale;
  ticks(count?: number): number[];
  nice(count?: number): LinearScale;
  clamp(clamp: boolean): LinearScale;
}

export function scaleLinear(): LinearScale {
  let d0 = 0;
  let d1 = 1;
  let r0 = 0;
  let r1 = 1;
  let clamped = false;

  const scale = ((value: number) => {
    let t = d1 === d0 ? 0.5 : (value - d0) / (d1 - d0);
    if (clamped) t = Math.max(0, Math.min(1, t));
    return r0 + t * (r1 - r0);
  }) as LinearScale;

  scale.domain = ((domain?: readonly number[]) => {
    if (!domain) return [d0, d1];
    d0 = Number(domain[0]);
    d1 = Number(domain[domain.length - 1]);
    return scale;
  }) as LinearScale['domain'];

  scale.range = ((range?: readonly number[]) => {
    if (!range) return [r0, r1];
    r0 = Number(range[0]);
    r1 = Number(range[range.length - 1]);
    return scale;
  }) as LinearScale['range'];

  scale.ticks = (count = 10) => ticks(d0, d1, count);

  scale.clamp = (value: boolean) => {
    clamped = value;
    return scale;
  };

  // d3-scale's linearish.nice: widen the domain to round tick steps; commit once the step settles.
  scale.nice = (count = 10) => {
    const reversed = d1 < d0;
    let start = reversed ? d1 : d0;
    let stop = reversed ? d0 : d1;
    let previous: number | undefined;
    for (let i = 0; i < 10; i++) {
      const step = tickIncrement(start, stop, count);
      if (step === previous) {
        [d0, d1] = reversed ? [stop, start] : [start, stop];
        break;
      }
      if (step > 0) {
        start = Math.floor(start / step) * step;
        stop = Math.ceil(stop / step) * step;
      } else if (step < 0) {
        start = Math.ceil(start * step) / step;
        stop = Math.floor(stop * step) / step;
      } else break;
      previous = step;
    }
    return scale;
  };

  return scale;
}
