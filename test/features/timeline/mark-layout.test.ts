import { describe, expect, it } from 'vitest';
import {
  createMarkLayout,
  FILTERED_OUT,
  layoutMarks,
  markX,
  type MarkInput,
} from '../../../src/features/timeline/mark-layout.ts';

const metrics = { laneCount: 2, maxWidth: 120, gap: 4, rightEdge: Infinity, minWidth: 40 };

/**
 * Lays out every one of `days` with labels `labelPx` wide, unfiltered, seen from day 0, in room
 * for 8 events in 4 lanes; `input` says what a test changes.
 */
function place(
  days: Int32Array,
  labelPx: number,
  input: Partial<MarkInput> & Pick<MarkInput, 'pxPerDay'>,
  [capacity, maxLanes] = [8, 4],
) {
  return layoutMarks(
    {
      days,
      labelWidth: () => labelPx,
      matches: null,
      start: 0,
      end: days.length,
      startDay: 0,
      metrics,
      moreWidth: 60,
      ...input,
    },
    createMarkLayout(capacity, maxLanes),
  );
}

describe('layoutMarks', () => {
  it('places only the visible slice, at its day, with label widths capped', () => {
    const days = Int32Array.from([1, 5, 5, 9]);
    const layout = place(days, 220, { start: 1, end: 3, startDay: 4, pxPerDay: 200 });
    expect(layout.start).toBe(1);
    expect(layout.length).toBe(2);
    expect(layout.x[0]).toBe(206);
    expect(layout.width[0]).toBe(120);
    expect([...layout.lane.slice(0, 2)]).toEqual([0, 1]);
  });

  it('sums events that found no lane into one "+N more" per crowded spot', () => {
    const days = Int32Array.from([0, 0, 0, 0, 0, 10, 10, 10]);
    const layout = place(days, 70, { pxPerDay: 100 });
    expect(layout.moreLength).toBe(2);
    // Both lanes are used on each busy day; the rest are summed.
    expect([...layout.moreCount.slice(0, 2)]).toEqual([3, 1]);
    expect(layout.moreX[1]).toBe(1006);
  });

  it('merges "+N more" markers that would overlap', () => {
    const days = Int32Array.from([0, 0, 0, 1, 1, 1]);
    const layout = place(days, 120, { pxPerDay: 10, metrics: { ...metrics, laneCount: 1 } });
    expect(layout.moreLength).toBe(1);
    expect(layout.moreCount[0]).toBe(5);
  });
});

describe('layoutMarks at the right edge', () => {
  it('cuts a label short where the plot ends, but not below the minimum width', () => {
    const days = Int32Array.from([0, 9, 12]);
    const layout = place(days, 120, { pxPerDay: 10, metrics: { ...metrics, rightEdge: 150 } });
    // Marks sit 5 px into their 10 px day: x = 5, 95, 125.
    expect([...layout.width.slice(0, 3)]).toEqual([120, 55, 40]);
  });
});

describe('layoutMarks lane sharing', () => {
  it("gives each day of a label's span a share of the lanes before the gaps left are filled", () => {
    // Labels 120 px wide over days 40 px wide cover 4 days: 8 lanes give 2 per day first;
    // day 0 then takes the two lanes nobody reached, day 1 finds none free over its span.
    const days = Int32Array.from([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);
    const layout = place(days, 120, { pxPerDay: 40, metrics: { ...metrics, laneCount: 8 }, moreWidth: 30 }, [16, 8]);
    const perDay = [0, 0, 0];
    for (let j = 0; j < 12; j++) if (layout.lane[j] >= 0) perDay[days[j]]++;
    expect(perDay).toEqual([4, 2, 2]);
  });

  it('fills every lane when one busy day has the view to itself', () => {
    const days = Int32Array.from({ length: 10 }, () => 3);
    const layout = place(days, 120, { pxPerDay: 20, metrics: { ...metrics, laneCount: 8 }, moreWidth: 30 }, [16, 8]);
    expect([...layout.lane.slice(0, 10)]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, -1, -1]);
    expect(layout.moreCount[0]).toBe(2);
  });

  it('always gives the priority (selected) event a lane', () => {
    const days = Int32Array.from({ length: 5 }, () => 3);
    const layout = place(
      days,
      120,
      { pxPerDay: 20, metrics: { ...metrics, laneCount: 2 }, moreWidth: 30, priority: 4 },
      [8, 2],
    );
    expect(layout.lane[4]).toBeGreaterThanOrEqual(0);
    expect(layout.moreCount[0]).toBe(3);
  });
});

describe('layoutMarks under a filter', () => {
  it('gives lanes only to matching events and counts only them as hidden', () => {
    const days = Int32Array.from([0, 0, 0, 0]);
    const matches = Uint8Array.from([0, 1, 0, 1]);
    const layout = place(days, 10, { matches, pxPerDay: 150, metrics: { ...metrics, laneCount: 1 } });
    expect([...layout.lane.slice(0, 4)]).toEqual([FILTERED_OUT, 0, FILTERED_OUT, -1]);
    expect(layout.included).toBe(2);
    expect(layout.moreLength).toBe(1);
    expect(layout.moreCount[0]).toBe(1);
  });
});

describe('layoutMarks zoomed into a day', () => {
  it('spreads a day of events evenly across the day, in their order, each with its own lane spot', () => {
    const days = Int32Array.from([4, 5, 5, 5, 5, 5, 5, 6]);
    const layout = place(
      days,
      150,
      { startDay: 5, pxPerDay: 1200, metrics: { ...metrics, laneCount: 2, maxWidth: 240 } },
      [8, 2],
    );
    const xs = [...layout.x.slice(1, 7)];
    expect(xs.every((x, k) => x >= 0 && x < 1200 && (k === 0 || x > xs[k - 1] + 150))).toBe(true);
    expect(layout.moreLength).toBe(0);
  });

  it('keeps a day of events on one spot while days are narrow', () => {
    const days = Int32Array.from([5, 5, 5]);
    const layout = place(days, 50, { startDay: 5, pxPerDay: 100 });
    expect([...layout.x.slice(0, 3)]).toEqual([6, 6, 6]);
  });
});

describe('layoutMarks counts what is in view', () => {
  it('counts only the events whose mark lies inside the plot', () => {
    // One day 2,000 px wide seen from its middle: its four events spread over the whole day.
    const days = Int32Array.from([5, 5, 5, 5]);
    const layout = place(days, 50, { startDay: 5.4, pxPerDay: 2000, metrics: { ...metrics, rightEdge: 998 } });
    expect(layout.included).toBe(2);
  });
});

describe('markX', () => {
  it('puts a mark where layoutMarks does, spread or not', () => {
    const days = Int32Array.from([4, 5, 5, 5, 6]);
    for (const pxPerDay of [50, 250, 1200]) {
      const layout = place(days, 50, { startDay: 4.5, pxPerDay });
      for (let i = 0; i < 5; i++) expect(markX(days, i, 4.5, pxPerDay)).toBeCloseTo(layout.x[i]);
    }
  });
});
