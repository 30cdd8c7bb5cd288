/** First index whose value is >= `value`, in an ascending array. */
export function lowerBound(sorted: ArrayLike<number>, value: number, from = 0, to = sorted.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indices [start, end) of the events on days in [fromDay, toDay), days sorted ascending. */
export function visibleSlice(days: ArrayLike<number>, fromDay: number, toDay: number): [number, number] {
  const start = lowerBound(days, Math.floor(fromDay));
  return [start, lowerBound(days, Math.ceil(toDay), start)];
}

/** Whether every day in [fromDay, toDay] lies inside one loaded span. */
export function isSpanLoaded(spans: ReadonlyArray<readonly [number, number]>, fromDay: number, toDay: number): boolean {
  const a = Math.floor(fromDay);
  const b = Math.floor(toDay);
  for (const [first, last] of spans) if (first <= a && b <= last) return true;
  return false;
}
