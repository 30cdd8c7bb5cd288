import { describe, expect, it } from 'vitest';
import { densityFromDayCounts } from '../../src/lib/density.ts';
import { busiestDay, daysMostlyInView, describeRange, nameDays } from '../../src/lib/describe-range.ts';

const DAY = 86_400_000;
const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY;

// 2015-09-01 .. 2015-10-31: one event a day, 20 on 16 September, none on 1 October.
const first = dayOf(2015, 9, 1);
const counts = Array.from({ length: 61 }, (_, i) => (i === 15 ? 20 : i === 30 ? 0 : 1));
const density = densityFromDayCounts(first, counts);

describe('describeRange', () => {
  it('names a whole month, counts its events and gives the busiest day', () => {
    const range = { start: Date.UTC(2015, 8, 1), end: Date.UTC(2015, 9, 1) };
    expect(describeRange(density, range)).toBe('September 2015: 49 events, busiest 16 September');
  });

  it('reads a range that only roughly covers a month as that month', () => {
    const range = { start: Date.UTC(2015, 7, 31, 14), end: Date.UTC(2015, 9, 1, 3) };
    expect(describeRange(density, range)).toBe('September 2015: 49 events, busiest 16 September');
  });

  it('says "matching" under a filter and "no" when the view is empty', () => {
    const range = { start: Date.UTC(2015, 9, 1), end: Date.UTC(2015, 9, 2) };
    expect(describeRange(density, range, true)).toBe('Thursday 1 October 2015: no matching events');
  });

  it('gives the year of the busiest day when the view spans years', () => {
    const range = { start: Date.UTC(2014, 0, 1), end: Date.UTC(2016, 0, 1) };
    expect(describeRange(density, range)).toBe(
      '1 January 2014 – 31 December 2015: 79 events, busiest 16 September 2015',
    );
  });
});

describe('nameDays', () => {
  it('names a year, a part of a month and spans across months', () => {
    expect(nameDays(dayOf(2015, 1, 1), dayOf(2016, 1, 1))).toBe('2015');
    expect(nameDays(dayOf(2015, 9, 3), dayOf(2015, 9, 10))).toBe('3–9 September 2015');
    expect(nameDays(dayOf(2015, 3, 3), dayOf(2015, 6, 10))).toBe('3 March – 9 June 2015');
  });
});

describe('busiestDay and daysMostlyInView', () => {
  it('finds the first busiest day, or null for an empty span', () => {
    expect(busiestDay(density, first, first + 61)).toBe(dayOf(2015, 9, 16));
    expect(busiestDay(density, dayOf(2015, 10, 1), dayOf(2015, 10, 2))).toBeNull();
  });

  it('keeps at least one day', () => {
    const noon = Date.UTC(2015, 8, 26, 12);
    expect(daysMostlyInView({ start: noon - 3600_000, end: noon + 3600_000 })).toEqual([
      dayOf(2015, 9, 26),
      dayOf(2015, 9, 27),
    ]);
  });
});
