import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../src/bundle/index.ts';
import { MS_PER_DAY } from '../../src/lib/time-range.ts';
import { corpusRange, rangeContainsDay, rangeShowingDay } from '../../src/lib/view-range.ts';

const day = (iso: string) => dayFromIso(iso)!;

describe('rangeShowingDay', () => {
  it('moves a day that sits at the very edge of the view into it, so its mark is not cut', () => {
    const current = { start: Date.UTC(2015, 8, 26), end: Date.UTC(2015, 9, 26) };
    const moved = rangeShowingDay(current, day('2015-09-26'));
    expect(moved).not.toBe(current);
    expect(moved.start).toBeLessThan(Date.UTC(2015, 8, 26) - 86_400_000);
  });

  it('keeps the current range when the day is inside it', () => {
    const current = { start: Date.UTC(2015, 8, 1), end: Date.UTC(2015, 9, 1) };
    expect(rangeShowingDay(current, day('2015-09-26'))).toBe(current);
  });
  it('centres on an outside day at the same zoom', () => {
    const current = { start: Date.UTC(2015, 8, 1), end: Date.UTC(2015, 9, 1) };
    const moved = rangeShowingDay(current, day('2017-05-04'));
    expect(moved.end - moved.start).toBe(current.end - current.start);
    expect(rangeContainsDay(moved, day('2017-05-04'))).toBe(true);
  });
  it('opens a week around the day when there is no range yet', () => {
    const moved = rangeShowingDay(null, day('2015-09-26'));
    expect(moved.end - moved.start).toBe(7 * MS_PER_DAY);
    expect(rangeContainsDay(moved, day('2015-09-26'))).toBe(true);
  });
});

describe('corpusRange', () => {
  it('covers the first and last day entirely', () => {
    const range = corpusRange(day('2015-01-01'), day('2015-12-31'));
    expect(rangeContainsDay(range, day('2015-01-01'))).toBe(true);
    expect(rangeContainsDay(range, day('2015-12-31'))).toBe(true);
  });
});
