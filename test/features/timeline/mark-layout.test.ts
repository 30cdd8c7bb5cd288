import { describe, expect, it } from 'vitest';
import { createMarkLayout, FILTERED_OUT, layoutMarks } from '../../../src/features/timeline/mark-layout.ts';

const metrics = { laneCount: 2, charWidth: 5, chrome: 20, maxWidth: 120, gap: 4 };

describe('layoutMarks', () => {
  it('places only the visible slice, at its day, with label widths capped', () => {
    const days = Int32Array.from([1, 5, 5, 9]);
    const layout = layoutMarks(days, () => 40, null, 1, 3, 4, 200, metrics, 60, createMarkLayout(8, 4));
    expect(layout.start).toBe(1);
    expect(layout.length).toBe(2);
    expect(layout.x[0]).toBe(206);
    expect(layout.width[0]).toBe(120);
    expect([...layout.lane.slice(0, 2)]).toEqual([0, 1]);
  });

  it('sums events that found no lane into one "+N more" per crowded spot', () => {
    const days = Int32Array.from([0, 0, 0, 0, 0, 10, 10, 10]);
    const layout = layoutMarks(days, () => 10, null, 0, 8, 0, 100, metrics, 60, createMarkLayout(8, 4));
    expect(layout.moreLength).toBe(2);
    // Labels cover two 100 px days, so each day may use one of the two lanes.
    expect([...layout.moreCount.slice(0, 2)]).toEqual([4, 2]);
    expect(layout.moreX[1]).toBe(1006);
  });

  it('merges "+N more" markers that would overlap', () => {
    const days = Int32Array.from([0, 0, 0, 1, 1, 1]);
    const layout = layoutMarks(days, () => 30, null, 0, 6, 0, 10, { ...metrics, laneCount: 1 }, 60, createMarkLayout(8, 4));
    expect(layout.moreLength).toBe(1);
    expect(layout.moreCount[0]).toBe(5);
  });
});

describe('layoutMarks lane sharing', () => {
  it('gives each day of a label\'s span a share of the lanes instead of letting the first take all', () => {
    // Labels 120 px wide over days 40 px wide cover 4 days: 8 lanes give 2 per day.
    const days = Int32Array.from([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);
    const layout = layoutMarks(days, () => 40, null, 0, 12, 0, 40, { ...metrics, laneCount: 8 }, 30, createMarkLayout(16, 8));
    const perDay = [0, 0, 0];
    for (let j = 0; j < 12; j++) if (layout.lane[j] >= 0) perDay[days[j]]++;
    expect(perDay).toEqual([2, 2, 2]);
  });
});

describe('layoutMarks under a filter', () => {
  it('gives lanes only to matching events and counts only them as hidden', () => {
    const days = Int32Array.from([0, 0, 0, 0]);
    const matches = Uint8Array.from([0, 1, 0, 1]);
    const layout = layoutMarks(days, () => 10, matches, 0, 4, 0, 400, { ...metrics, laneCount: 1 }, 60, createMarkLayout(8, 4));
    expect([...layout.lane.slice(0, 4)]).toEqual([FILTERED_OUT, 0, FILTERED_OUT, -1]);
    expect(layout.included).toBe(2);
    expect(layout.moreLength).toBe(1);
    expect(layout.moreCount[0]).toBe(1);
  });
});
