/**
 * Lays out a few words in each font instance the charts' text uses, a few at a time while the
 * page is idle, before any chart is drawn. A chart's first layout was mostly the browser setting
 * up each size and weight of the chart font the first time it met them (about 5 ms each on a
 * phone at 4x CPU, 30-40 ms of a first chart's 50-60 ms layout), all in the task that drew the
 * chart (issue 18: the first chart's task in a phone's scroll). The words stay, unseen, so the
 * instances stay in use.
 */
const SVG = 'http://www.w3.org/2000/svg';
/** [font-size, font-weight, font-style]: the charts' text at every width (measured on the chapters). */
const INSTANCES: [number, number, string][] = [
  [12, 400, 'normal'],
  [13, 400, 'normal'],
  [13, 700, 'normal'],
  [12, 700, 'normal'],
  [14, 400, 'italic'],
  [14, 400, 'normal'],
  [14, 700, 'normal'],
  [11, 400, 'normal'],
  [12, 400, 'italic'],
];
/** Instances laid out per idle period: each frame's share stays well under a long task. */
const PER_FRAME = 3;

let started = false;

export function warmChartText(): void {
  if (started || !('requestIdleCallback' in window)) return;
  started = true;
  // Inside a chart frame so the words take the charts' font (chart.css); unseen and sizeless.
  const frame = document.createElement('div');
  frame.className = 'chart-frame chart-text-warmup';
  frame.setAttribute('aria-hidden', 'true');
  const svg = document.createElementNS(SVG, 'svg');
  frame.append(svg);
  document.body.append(frame);
  const next = (from: number) =>
    requestIdleCallback(() => {
      for (const [size, weight, style] of INSTANCES.slice(from, from + PER_FRAME)) {
        const text = document.createElementNS(SVG, 'text');
        text.setAttribute('font-size', String(size));
        text.setAttribute('font-weight', String(weight));
        text.setAttribute('font-style', style);
        text.textContent = 'Russia 2024';
        svg.append(text);
      }
      if (from + PER_FRAME < INSTANCES.length) next(from + PER_FRAME);
    });
  next(0);
}
