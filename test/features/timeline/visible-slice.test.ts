import { describe, expect, it } from 'vitest';
import { isSpanLoaded, lowerBound, visibleSlice } from '../../../src/features/timeline/visible-slice.ts';

const days = Int32Array.from([10, 10, 11, 13, 13, 13, 20]);

describe('visibleSlice', () => {
  it('lowerBound finds the first index at or after a value', () => {
    expect(lowerBound(days, 10)).toBe(0);
    expect(lowerBound(days, 12)).toBe(3);
    expect(lowerBound(days, 13)).toBe(3);
    expect(lowerBound(days, 21)).toBe(7);
    expect(lowerBound(days, -5)).toBe(0);
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
