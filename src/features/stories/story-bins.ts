/** A story's events binned over its span, for the small density chart. Pure. */
import { bisectLeft } from 'd3-array';
import type { DayNumber } from '../../bundle/index.ts';
import type { Density } from '../../lib/density.ts';

export interface StoryBin {
  fromDay: DayNumber;
  /** Exclusive. */
  toDay: DayNumber;
  count: number;
}

/** Up to `maxBins` bins of whole days covering [firstDay, lastDay]; each count is one subtraction. */
export function storyBins(
  members: Uint32Array,
  density: Density,
  firstDay: DayNumber,
  lastDay: DayNumber,
  maxBins: number,
): StoryBin[] {
  const days = lastDay - firstDay + 1;
  const width = Math.max(1, Math.ceil(days / maxBins));
  const last = density.prefix.length - 1;
  const before = (day: DayNumber) =>
    bisectLeft(members, density.prefix[Math.min(Math.max(day - density.firstDay, 0), last)]);
  const bins: StoryBin[] = [];
  for (let from = firstDay; from <= lastDay; from += width) {
    const to = Math.min(from + width, lastDay + 1);
    bins.push({ fromDay: from, toDay: to, count: before(to) - before(from) });
  }
  return bins;
}
