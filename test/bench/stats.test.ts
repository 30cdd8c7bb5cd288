import { describe, expect, it } from 'vitest';
import { percentile, spread } from '../../bench/stats.ts';

describe('spread', () => {
  it('gives the median of odd and even counts with the extremes', () => {
    expect(spread([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5 });
    expect(spread([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4 });
  });

  it('is NaN for no values rather than zero', () => {
    expect(spread([]).median).toBeNaN();
  });
});

describe('percentile', () => {
  it('takes the nearest rank, so p95 of 20 frames is the 19th smallest', () => {
    const frames = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(frames, 95)).toBe(19);
    expect(percentile(frames, 50)).toBe(10);
    expect(percentile(frames, 100)).toBe(20);
  });
});
