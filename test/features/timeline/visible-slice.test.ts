import { describe, expect, it } from 'vitest';
import { isSpanLoaded, visibleSlice } from '../../../src/features/timeline/visible-slice.ts';

const days = Int32Array.from([10, 10, 11, 13, 13, 13, 20]);

describe('visibleSlice', () => {
  it('starts at the first event on or after the first day and ends before the first day past the end', () => {
    expect(visibleSlice(days, 10, 12)).toEqual([0, 3]);
    expect(visibleSlice(days, 12, 13)).toEqual([3, 3]);
    expect(visibleSlice(days, 21, 30)).toEqual([7, 7]);
    expect(visibleSlice(days, -5, 10)).toEqual([0, 0]);
  });

  it('returns the events on days from the floor of the start to before the ceiling of the end', () => {
    expect(visibleSlice(days, 11, 14)).toEqual([2, 6]);
    expect(visibleSlice(days, 10.5, 13.2)).toEqual([0, 6]);
    expect(visibleSlice(days, 14, 20)).toEqual([6, 6]);
  });

  it('an empty corpus has an empty slice', () => {
    expect(visibleSlice(new Int32Array(0), 0, 100)).toEqual([0, 0]);
  });

  it('a view is loaded only when the spans cover all of it', () => {
    const spans: Array<[number, number]> = [
      [0, 9],
      [20, 29],
    ];
    expect(isSpanLoaded(spans, 20, 29.9)).toBe(true);
    expect(isSpanLoaded(spans, 25, 31)).toBe(false);
    expect(isSpanLoaded([], 5, 6)).toBe(false);
  });

  it('spans that touch, in any order, cover a view across their boundary; a gap does not', () => {
    expect(
      isSpanLoaded(
        [
          [10, 19],
          [0, 9],
        ],
        5,
        12,
      ),
    ).toBe(true);
    expect(
      isSpanLoaded(
        [
          [0, 9],
          [11, 19],
        ],
        5,
        12,
      ),
    ).toBe(false);
  });
});
