/**
 * Lays out a few words in each font instance the charts' text uses, a few at a time while the
 * page is idle, before any chart is drawn. A chart's first layout was mostly the browser setting
 * up each size and weight of the chart font the first time it met them (about 5 ms each on a
 * phone at 4x CPU, 30-40 ms of a first chart's 50-60 ms layout), all in the task that drew the
 * chart (issue 18: the first chart's task in a phone's scroll). The words stay, unseen, so the
 * instances stay in use.
 */
let started = false;

export function warmChartText(): void {
  if (started) return;
  started = true;
  // Inside a chart frame so the words take the charts' font (chart.css); unseen and sizeless.
  const frame = document.createElement('div');
  frame.className = 'chart-frame chart-text-warmup';
  frame.innerHTML = '<svg aria-hidden="true"></svg>';
  document.body.append(frame);
  // Sizes 11 to 14 (the charts' text at every width, measured on the chapters), each upright,
  // bold and italic: one size per idle period.
  const next = (size: number) =>
    (window.requestIdleCallback ?? setTimeout)(() => {
      frame.firstElementChild!.insertAdjacentHTML('beforeend', ['', ' font-weight="700"', ' font-style="italic"'].map((font) => `<text font-size="${size}"${font}>Russia 2024</text>`).join(''));
      if (size < 14) next(size + 1);
    });
  next(11);
}
