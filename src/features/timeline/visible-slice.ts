import { bisectLeft } from 'd3-array';

/** Indices [start, end) of the events on days in [fromDay, toDay), days sorted ascending. */
export function visibleSlice(days: ArrayLike<number>, fromDay: number, toDay: number): [number, number] {
  const start = bisectLeft(days, Math.floor(fromDay));
  return [start, bisectLeft(days, Math.ceil(toDay), start)];
}

/** Whether every day in [fromDay, toDay] lies inside the loaded spans (touching spans join up). */
export function isSpanLoaded(spans: ReadonlyArray<readonly [number, number]>, fromDay: number, toDay: number): boolean {
  let next = Math.floor(fromDay);
  const end = Math.floor(toDay);
  // Spans are few: walk forward through whichever one holds the next uncovered day.
  while (next <= end) {
    let advanced = false;
    for (const [first, last] of spans) {
      if (first <= next && next <= last) {
        next = last + 1;
        advanced = true;
      }
    }
    if (!advanced) return false;
  }
  return true;
}
