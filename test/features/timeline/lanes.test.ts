import { describe, expect, it } from 'vitest';
import { createLaneScratch, packLanes } from '../../../src/features/timeline/lanes.ts';

function pack(xs: number[], widths: number[], lanes: number, gap = 4) {
  const out = new Int16Array(xs.length);
  const overflow = packLanes(xs, widths, xs.length, lanes, gap, out, createLaneScratch(8));
  return { lanes: [...out], overflow };
}

describe('packLanes', () => {
  it('puts boxes that do not touch into the first lane', () => {
    expect(pack([0, 110, 220], [100, 100, 100], 3).lanes).toEqual([0, 0, 0]);
  });

  it('stacks boxes at the same x (same-day events) into successive lanes', () => {
    expect(pack([50, 50, 50], [80, 80, 80], 3).lanes).toEqual([0, 1, 2]);
  });

  it('reuses the lowest lane that has come free', () => {
    expect(pack([0, 10, 120], [100, 200, 50], 3).lanes).toEqual([0, 1, 0]);
  });

  it('marks boxes with no free lane as -1 and counts them', () => {
    const result = pack([0, 0, 0, 0, 500], [100, 100, 100, 100, 100], 2);
    expect(result.lanes).toEqual([0, 1, -1, -1, 0]);
    expect(result.overflow).toBe(2);
  });

  it('never lets two boxes in one lane overlap', () => {
    const xs = Array.from({ length: 300 }, (_, i) => Math.floor(i / 7) * 13);
    const widths = xs.map((_, i) => 40 + ((i * 37) % 120));
    const { lanes } = pack(xs, widths, 6);
    for (let a = 0; a < xs.length; a++) {
      for (let b = a + 1; b < xs.length; b++) {
        if (lanes[a] < 0 || lanes[a] !== lanes[b]) continue;
        expect(xs[b] >= xs[a] + widths[a] + 4 || xs[a] >= xs[b] + widths[b] + 4).toBe(true);
      }
    }
  });
});

describe('packLanes with boxes left out', () => {
  it('gives a negative-width box no lane and leaves the lane free for the next box', () => {
    expect(pack([0, 0, 0], [50, -1, 50], 2)).toEqual({ lanes: [0, -1, 1], overflow: 1 });
  });
});
