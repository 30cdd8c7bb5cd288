import { describe, expect, it } from 'vitest';
import { formatDay, formatDaySpan, formatShortDay } from '../../src/lib/dates.ts';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

describe('dates', () => {
  it('formatDay names the UTC day at length, the one way the whole app reads a day', () => {
    expect(formatDay(day(2015, 9, 26))).toBe('Saturday 26 September 2015');
    expect(formatShortDay(day(2017, 5, 4))).toBe('4 May 2017');
  });

  it('formatDaySpan names a span by its first and last day, or the one day at length', () => {
    expect(formatDaySpan(day(2003, 3, 3), day(2003, 3, 10))).toBe('3 Mar 2003 – 9 Mar 2003');
    expect(formatDaySpan(day(2003, 3, 3), day(2003, 3, 4))).toBe('Monday 3 March 2003');
  });
});
