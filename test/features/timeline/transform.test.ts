import { describe, expect, it } from 'vitest';
import * as transform from '../../../src/features/timeline/transform.ts';

const DAY = 86_400_000;
const utcDay = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY;
const first = utcDay(1995, 1, 1);
const last = utcDay(2024, 12, 31);
const width = 1000;
const base = transform.baseScale(first, last, width);
const bounds = transform.zoomBounds(base);

describe('transform', () => {
  it('the identity transform shows the whole corpus, first day to the end of the last', () => {
    const r = transform.rangeOf(base, { k: 1, x: 0 });
    expect(r.start).toBe(Date.UTC(1995, 0, 1));
    expect(r.end).toBe(Date.UTC(2025, 0, 1));
  });

  it('transformFor and rangeOf are inverses', () => {
    const wanted = { start: Date.UTC(2015, 8, 1), end: Date.UTC(2015, 9, 1) };
    const r = transform.rangeOf(base, transform.transformFor(base, wanted));
    expect(transform.sameRange(r, wanted)).toBe(true);
  });

  it('rescale derives the visible scale without changing the base', () => {
    const t = transform.transformFor(base, { start: Date.UTC(2015, 0, 1), end: Date.UTC(2016, 0, 1) });
    const visible = transform.rescale(base, t);
    expect(+visible.domain()[0]).toBeCloseTo(Date.UTC(2015, 0, 1), -1);
    expect(visible(Date.UTC(2015, 6, 2, 12))).toBeCloseTo(500, 0);
    expect(base.domain().map(Number)).toEqual([Date.UTC(1995, 0, 1), Date.UTC(2025, 0, 1)]);
  });

  it('zooming around a point keeps the time under it in place', () => {
    const t0 = transform.transformFor(base, { start: Date.UTC(2010, 0, 1), end: Date.UTC(2012, 0, 1) });
    const at = 300;
    const before = transform.rescale(base, t0).invert(at).getTime();
    const t1 = transform.zoomAt(t0, 4, at, width, bounds);
    expect(t1.k).toBeCloseTo(t0.k * 4);
    expect(transform.rescale(base, t1).invert(at).getTime()).toBeCloseTo(before, -2);
  });

  it('does not zoom out further than the corpus plus a margin, and centres it there', () => {
    const t = transform.zoomAt({ k: 1, x: 0 }, 0.01, 100, width, bounds);
    const r = transform.rangeOf(base, t);
    const corpus = Date.UTC(2025, 0, 1) - Date.UTC(1995, 0, 1);
    expect(r.end - r.start).toBeCloseTo(corpus * 1.1, -3);
    expect((r.start + r.end) / 2).toBeCloseTo((Date.UTC(1995, 0, 1) + Date.UTC(2025, 0, 1)) / 2, -3);
  });

  it('does not zoom in closer than about an hour per 100 px', () => {
    const t = transform.zoomAt({ k: 1, x: 0 }, 1e9, 500, width, bounds);
    const r = transform.rangeOf(base, t);
    expect((r.end - r.start) / width).toBeCloseTo(36_000, -1);
  });

  it('panning stops at the edge of the margin', () => {
    const t0 = transform.transformFor(base, { start: Date.UTC(1996, 0, 1), end: Date.UTC(1997, 0, 1) });
    const r = transform.rangeOf(base, transform.panBy(t0, 1e7, width, bounds));
    const margin = (Date.UTC(2025, 0, 1) - Date.UTC(1995, 0, 1)) * 0.05;
    expect(r.start).toBeCloseTo(Date.UTC(1995, 0, 1) - margin, -3);
    expect(r.end - r.start).toBeCloseTo(Date.UTC(1997, 0, 1) - Date.UTC(1996, 0, 1), -3);
  });

  it('constrain leaves a view inside the bounds untouched', () => {
    const t = transform.transformFor(base, { start: Date.UTC(2000, 0, 1), end: Date.UTC(2001, 0, 1) });
    expect(transform.constrain(t, width, bounds)).toEqual(t);
  });

  it('sameRange tolerates float noise but not a real move', () => {
    const a = { start: Date.UTC(2015, 0, 1), end: Date.UTC(2015, 1, 1) };
    expect(transform.sameRange(a, { start: a.start + 0.3, end: a.end - 0.2 })).toBe(true);
    expect(transform.sameRange(a, { start: a.start + DAY, end: a.end + DAY })).toBe(false);
  });
});
