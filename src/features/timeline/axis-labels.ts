export interface AxisLabel {
  x: number;
  text: string;
}

/** Space kept between a tick and its label, and between two labels, px. */
const INSET = 4;
const GAP = 8;

/**
 * Names a row of ticks (at `xs`, px) within a `width` px axis: the longest format whose every
 * visible label fits between its tick and the next, else the shortest. (Judged on the full
 * spacing, so the format does not flip while a tick slides off an edge.) Each label starts just right of
 * its tick, or is centred on its period (a day: so a day's label never sits over the next
 * day's marks); the one whose tick is off the left edge sticks to the edge until the next pushes
 * it. A label that would still run into the previous one or off the right edge is left out,
 * so no two labels ever overlap.
 */
export function fitAxisRow(
  xs: ArrayLike<number>,
  dates: ArrayLike<number>,
  formats: ReadonlyArray<(d: Date) => string>,
  measure: (text: string) => number,
  width: number,
  /** Each tick starts a period this many px wide (a day): its label is centred on it. */
  periodPx = 0,
): AxisLabel[] {
  const labels: AxisLabel[] = [];
  if (formats.length === 0) return labels;
  const n = xs.length;
  const nextX = (i: number) => (i + 1 < n ? xs[i + 1] : Infinity);
  const visible = (i: number) => nextX(i) > 0 && xs[i] < width;
  let format = formats[formats.length - 1];
  for (const candidate of formats) {
    let fits = true;
    for (let i = 0; i + 1 < n && fits; i++) {
      const room = xs[i + 1] - xs[i] - (periodPx > 0 ? 0 : INSET) - GAP;
      if (visible(i)) fits = measure(candidate(new Date(dates[i]))) <= room;
    }
    if (fits) {
      format = candidate;
      break;
    }
  }
  let lastEnd = -Infinity;
  for (let i = 0; i < n; i++) {
    if (!visible(i)) continue;
    const text = format(new Date(dates[i]));
    const w = measure(text);
    const x = periodPx > 0 ? centred(xs[i], w, periodPx) : Math.min(Math.max(xs[i] + INSET, INSET), nextX(i) - w - GAP);
    if (x < lastEnd + GAP || x < 0 || x + w > width) continue;
    labels.push({ x, text });
    lastEnd = x + w;
  }
  return labels;
}

/** Centred on its period; one cut by the left edge stays in view while its period does. */
function centred(x: number, w: number, periodPx: number): number {
  const middle = x + (periodPx - w) / 2;
  return middle >= INSET ? middle : Math.min(INSET, x + periodPx - w);
}
