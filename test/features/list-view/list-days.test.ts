import { describe, expect, it } from 'vitest';
import { eventsOfDay, listDays, spanOfDays, type ListEvents } from '../../../src/features/list-view/list-days.ts';
import { densityFromDayCounts } from '../../../src/lib/density.ts';

const DAY = 86_400_000;
// Days 100..104: 2, 0, 1, 3, 0 events.
const density = densityFromDayCounts(100, [2, 0, 1, 3, 0]);
const events: ListEvents = {
  days: Int32Array.from([100, 100, 102, 103, 103, 103]),
  ids: ['a', 'b', 'c', 'd', 'e', 'f'],
  titles: ['A', 'B', 'C', 'D', 'E', 'F'],
  matches: null,
  loadedSpans: [[100, 103]],
};

describe('listDays', () => {
  it('gives the days in the range that have events, with their counts', () => {
    expect(listDays(density, { start: 99 * DAY, end: 110 * DAY })).toEqual([
      { day: 100, count: 2 },
      { day: 102, count: 1 },
      { day: 103, count: 3 },
    ]);
  });

  it('counts a day the range only touches', () => {
    expect(listDays(density, { start: 102.5 * DAY, end: 103.2 * DAY })).toEqual([
      { day: 102, count: 1 },
      { day: 103, count: 3 },
    ]);
  });
});

describe('eventsOfDay', () => {
  it("gives a loaded day's events, only the matches under a filter", () => {
    expect(eventsOfDay(events, 103)).toEqual([3, 4, 5]);
    expect(eventsOfDay({ ...events, matches: Uint8Array.from([0, 1, 0, 1, 0, 1]) }, 103)).toEqual([3, 5]);
    expect(eventsOfDay(events, 101)).toEqual([]);
  });

  it('says null for a day whose shard is not loaded yet', () => {
    expect(eventsOfDay(events, 104)).toBeNull();
  });
});

describe('spanOfDays', () => {
  it('spans the listed days from the first one to the end of the last', () => {
    const days = listDays(density, { start: 100 * DAY, end: 105 * DAY });
    expect(spanOfDays(days, 1, 2)).toEqual({ start: 102 * DAY, end: 104 * DAY });
    expect(spanOfDays([], 0, -1)).toBeNull();
  });
});
