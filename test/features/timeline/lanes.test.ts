import { describe, expect, it } from 'vitest';
import { claimLane, createLaneScratch, fillLanes, packLanes } from '../../../src/features/timeline/lanes.ts';

function pack(xs: number[], widths: number[], lanes: number, gap = 4) {
  const out = new Int16Array(xs.length);
  const overflow = packLanes(
    { xs, widths, count: xs.length, laneCount: lanes, gap, lanes: out },
    createLaneScratch(8, xs.length),
  );
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

describe('fillLanes', () => {
  it('puts a box left out by the first pass into a gap between boxes already placed', () => {
    const xs = [0, 0, 300];
    const widths = [100, 100, 100];
    const lanes = Int16Array.from([0, -1, 0]);
    const placed = fillLanes({ xs, widths, count: 3, laneCount: 2, gap: 4, lanes }, createLaneScratch(2, 3));
    expect(placed).toBe(1);
    expect([...lanes]).toEqual([0, 1, 0]);
  });

  it('never places a box where it would run into a box placed further right', () => {
    // Lane 0 is free at x=0, but its next box starts at 50: the 100 px box would overlap it.
    const lanes = Int16Array.from([-1, 0]);
    const boxes = { xs: [0, 50], widths: [100, 100], count: 2, laneCount: 1, gap: 4, lanes };
    expect(fillLanes(boxes, createLaneScratch(1, 2))).toBe(0);
    expect([...lanes]).toEqual([-1, 0]);
  });

  it('leaves boxes with a negative width out', () => {
    const lanes = Int16Array.from([-1]);
    expect(fillLanes({ xs: [0], widths: [-1], count: 1, laneCount: 3, gap: 4, lanes }, createLaneScratch(3, 1))).toBe(
      0,
    );
    expect(lanes[0]).toBe(-1);
  });
});

describe('claimLane', () => {
  it('gives the target the lane where it displaces the fewest boxes, which lose theirs', () => {
    // Lane 0 holds two boxes over the target's span, lane 1 only one.
    const xs = [20, 60, 10, 50];
    const widths = [40, 40, 100, 60];
    const lanes = Int16Array.from([0, 0, 1, -1]);
    claimLane({ xs, widths, count: 4, laneCount: 2, gap: 4, lanes }, 3, createLaneScratch(2, 4));
    expect([...lanes]).toEqual([0, 0, -1, 1]);
  });

  it('leaves a target that already has a lane alone', () => {
    const lanes = Int16Array.from([0, 1]);
    claimLane({ xs: [0, 0], widths: [50, 50], count: 2, laneCount: 2, gap: 4, lanes }, 1, createLaneScratch(2, 2));
    expect([...lanes]).toEqual([0, 1]);
  });
});
