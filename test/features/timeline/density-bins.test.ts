import { describe, expect, it } from 'vitest';
import { densityFromDayCounts } from '../../../src/lib/density.ts';
import { binAt, binDensity, createBins, maxCount } from '../../../src/features/timeline/density-bins.ts';

// Days 100..109 with 1..10 events.
const density = densityFromDayCounts(100, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

describe('binDensity', () => {
  it('sums whole days per bar when days are narrower than a bar', () => {
    const bins = binDensity(density, 100, 1, 10, 2, createBins(16));
    expect(bins.length).toBe(5);
    expect([...bins.count.slice(0, 5)]).toEqual([3, 7, 11, 15, 19]);
    expect(bins.x0[1]).toBe(2);
    expect(bins.x1[1]).toBe(4);
  });

  it('counts every event in view exactly once', () => {
    const bins = binDensity(density, 100, 0.7, 10 * 0.7, 3, createBins(16));
    let sum = 0;
    for (let i = 0; i < bins.length; i++) sum += bins.count[i];
    expect(sum).toBe(55);
  });

  it('draws one bar per day once a day is wider than a bar', () => {
    const bins = binDensity(density, 103.5, 20, 60, 2, createBins(16));
    expect(bins.length).toBe(4);
    expect([...bins.count.slice(0, 4)]).toEqual([4, 5, 6, 7]);
    expect(bins.x0[0]).toBe(-10);
    expect(bins.x1[0]).toBe(10);
  });

  it('days outside the corpus count zero', () => {
    const bins = binDensity(density, 90, 1, 8, 2, createBins(8));
    expect(maxCount(bins)).toBe(0);
  });

  it('does not write past its capacity', () => {
    expect(binDensity(density, 100, 1, 1000, 1, createBins(4)).length).toBe(4);
  });

  it('binAt finds the bar under a pixel', () => {
    const bins = binDensity(density, 100, 1, 10, 2, createBins(16));
    expect(binAt(bins, 0)).toBe(0);
    expect(binAt(bins, 5.5)).toBe(2);
    expect(binAt(bins, 10)).toBe(-1);
    expect(maxCount(bins)).toBe(19);
  });
});
