import { describe, expect, it } from 'vitest';
import { createMarkHits, hitLabel, hitMark, hitMore } from '../../../src/features/timeline/hit-test.ts';

function hits(points: Array<[number, number, number]>) {
  const h = createMarkHits(points.length);
  points.forEach(([x, y, index], i) => {
    h.x[i] = x;
    h.y[i] = y;
    h.index[i] = index;
  });
  h.length = points.length;
  return h;
}

describe('hit testing', () => {
  const marks = hits([
    [100, 50, 7],
    [110, 50, 8],
    [100, 74, 9],
  ]);

  it('returns the event of the nearest mark within the radius', () => {
    expect(hitMark(marks, 101, 51, 8)).toBe(7);
    expect(hitMark(marks, 108, 50, 8)).toBe(8);
    expect(hitMark(marks, 100, 70, 8)).toBe(9);
  });

  it('returns -1 when no mark is close enough', () => {
    expect(hitMark(marks, 200, 50, 8)).toBe(-1);
    expect(hitMark(createMarkHits(0), 0, 0, 8)).toBe(-1);
  });

  it('finds the "+N more" marker on its row only', () => {
    const more = { moreX: [40, 200], moreLength: 2 };
    expect(hitMore(more, 230, 300, 300, 60)).toBe(1);
    expect(hitMore(more, 230, 330, 300, 60)).toBe(-1);
    expect(hitMore(more, 150, 300, 300, 60)).toBe(-1);
  });
});

describe('hitLabel', () => {
  it('finds the event whose label box covers the point, and nothing beside or between lanes', () => {
    const h = hits([
      [100, 50, 7],
      [100, 74, 9],
    ]);
    h.width[0] = 150;
    h.width[1] = 60;
    expect(hitLabel(h, 240, 55, 10)).toBe(7);
    expect(hitLabel(h, 150, 70, 10)).toBe(9);
    expect(hitLabel(h, 200, 74, 10)).toBe(-1);
    expect(hitLabel(h, 80, 50, 10)).toBe(-1);
  });
});
