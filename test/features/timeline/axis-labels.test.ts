import { utcFormat } from 'd3-time-format';
import { describe, expect, it } from 'vitest';
import { fitAxisRow, type AxisLabel } from '../../../src/features/timeline/axis-labels.ts';

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const formats = [utcFormat('%a %-d %B %Y'), utcFormat('%a %-d %b'), utcFormat('%-d')];
const measure = (text: string) => text.length * 7;
/** Consecutive days `pxPerDay` apart, the first at `x0`. */
function days(count: number, pxPerDay: number, x0 = 0) {
  return {
    xs: Array.from({ length: count }, (_, i) => x0 + i * pxPerDay),
    dates: Array.from({ length: count }, (_, i) => utc(2008, 9, 15 + i)),
  };
}
function overlaps(labels: AxisLabel[]) {
  return labels.some((a, i) => i > 0 && a.x < labels[i - 1].x + measure(labels[i - 1].text));
}

describe('fitAxisRow', () => {
  it('uses the longest format when every label fits before the next tick', () => {
    const { xs, dates } = days(3, 300);
    expect(fitAxisRow(xs, dates, formats, measure, 900).map((l) => l.text)).toEqual([
      'Mon 15 September 2008',
      'Tue 16 September 2008',
      'Wed 17 September 2008',
    ]);
  });

  it('falls back to a shorter format when days are narrower', () => {
    const { xs, dates } = days(6, 110);
    const labels = fitAxisRow(xs, dates, formats, measure, 660);
    expect(labels[0]).toEqual({ x: 4, text: 'Mon 15 Sep' });
    expect(overlaps(labels)).toBe(false);
  });

  it('never lets two labels overlap, however tight the ticks, and keeps them on screen', () => {
    for (const px of [3, 9, 17, 40, 75, 130, 170]) {
      for (const x0 of [-250, -37, 0, 12]) {
        const { xs, dates } = days(40, px, x0);
        const labels = fitAxisRow(xs, dates, formats, measure, 500);
        expect(overlaps(labels)).toBe(false);
        for (const l of labels) {
          expect(l.x).toBeGreaterThanOrEqual(0);
          expect(l.x + measure(l.text)).toBeLessThanOrEqual(500);
        }
      }
    }
  });

  it('keeps the period the view opens in at the left edge until the next one pushes it out', () => {
    const labels = fitAxisRow([-400, 300], [utc(2008, 9, 1), utc(2008, 10, 1)], [utcFormat('%B %Y')], measure, 900);
    expect(labels).toEqual([
      { x: 4, text: 'September 2008' },
      { x: 304, text: 'October 2008' },
    ]);
    const pushed = fitAxisRow([-400, 60], [utc(2008, 9, 1), utc(2008, 10, 1)], [utcFormat('%B %Y')], measure, 900);
    expect(pushed.map((l) => l.text)).toEqual(['October 2008']);
  });

  it('centres each day label on its day, so it never reaches the next day where its marks are', () => {
    // Ticks every two days, 45 px per day: "Sun 14" (42 px) is wider than its day is half of.
    const xs = [0, 90, 180, 270];
    const dates = [utc(2015, 9, 12), utc(2015, 9, 14), utc(2015, 9, 16), utc(2015, 9, 18)];
    const labels = fitAxisRow(xs, dates, [utcFormat('%a %-d')], measure, 360, 45);
    const sunday = labels.find((l) => l.text === 'Mon 14')!;
    expect(sunday.x + measure(sunday.text) / 2).toBe(90 + 45 / 2);
    // The next day's mark sits 6 px into the 15th, right of where the 14th's label ends.
    expect(sunday.x + measure(sunday.text)).toBeLessThan(135 + 6);
  });
});
