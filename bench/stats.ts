/** Summaries of repeated measurements. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** The p-th percentile (0-100) by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

export interface FrameFigures {
  frames: number;
  frameP50Ms: number;
  frameP95Ms: number;
  frameMaxMs: number;
}

/** Frame intervals of recorded segments of frame times (no interval spans a pause between segments). */
export function frameFigures(segments: readonly number[][]): FrameFigures {
  const intervals = segments.flatMap((stamps) => stamps.slice(1).map((t, i) => t - stamps[i]));
  return {
    frames: intervals.length,
    frameP50Ms: percentile(intervals, 50),
    frameP95Ms: percentile(intervals, 95),
    frameMaxMs: intervals.length ? Math.max(...intervals) : Number.NaN,
  };
}
