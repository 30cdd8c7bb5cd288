import { describe, expect, it } from 'vitest';
import { laneY, plotGeometry } from '../../../src/features/timeline/geometry.ts';

describe('plotGeometry', () => {
  it('fills a desktop plot with compact lanes', () => {
    const g = plotGeometry(1025, 818);
    expect(g.laneHeight).toBeGreaterThanOrEqual(22);
    expect(g.laneHeight).toBeLessThanOrEqual(24);
    // The lanes reach down to the "+N more" row, leaving less than one lane unused.
    const room = g.moreY - 11 - g.laneTop;
    expect(room - g.laneCount * g.laneHeight).toBeLessThan(g.laneHeight);
    expect(g.laneCount).toBeGreaterThanOrEqual(28);
  });

  it('gives touch screens taller lanes and labels', () => {
    const fine = plotGeometry(390, 500);
    const coarse = plotGeometry(390, 500, 'coarse');
    expect(coarse.laneHeight).toBeGreaterThan(fine.laneHeight);
    expect(coarse.labelHeight).toBeGreaterThan(fine.labelHeight);
    expect(coarse.laneCount).toBeLessThan(fine.laneCount);
  });

  it('keeps the last lane above the "+N more" row', () => {
    for (const height of [260, 500, 818, 1400]) {
      const g = plotGeometry(800, height);
      expect(laneY(g, g.laneCount - 1) + g.laneHeight / 2).toBeLessThanOrEqual(g.moreY - 9);
    }
  });
});
