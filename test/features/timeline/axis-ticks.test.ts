import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { axisTicks, type AxisRow } from '../../../src/features/timeline/axis-ticks.ts';

const view = (start: number, end: number, width = 1200) => scaleUtc().domain([start, end]).range([0, width]);
/** A row's tick names in its longest (or k-th) format. */
const names = (row: AxisRow, k = 0) => row.ms.map((ms) => row.formats[k](new Date(ms)));

describe('axisTicks', () => {
  it('labels decades with years when zoomed far out', () => {
    const { minor, major } = axisTicks(view(Date.UTC(1900, 0, 1), Date.UTC(2020, 0, 1), 800));
    expect(names(minor)).toContain('1950');
    expect(minor.ms.every((ms) => new Date(ms).getUTCFullYear() % 10 === 0)).toBe(true);
    expect(major.ms).toEqual([]);
  });

  it('puts the decade under year ticks', () => {
    const { minor, major } = axisTicks(view(Date.UTC(1995, 0, 1), Date.UTC(2025, 0, 1)));
    expect(names(minor)).toContain('2004');
    expect(names(major)).toEqual(['1990s', '2000s', '2010s', '2020s']);
  });

  it('labels months with the year under them, with shorter names to fall back on', () => {
    const { minor, major } = axisTicks(view(Date.UTC(2015, 0, 1), Date.UTC(2016, 6, 1)));
    expect(names(minor)).toContain('September');
    expect(names(minor, 1)).toContain('Sep');
    expect(names(major)).toEqual(['2015', '2016']);
  });

  it('labels days with the weekday when there is room, and the month and year under them', () => {
    const { minor, major } = axisTicks(view(Date.UTC(2015, 8, 20), Date.UTC(2015, 9, 10)));
    expect(names(minor)).toContain('Saturday 26');
    expect(names(minor, 1)).toContain('Sat 26');
    expect(minor.days).toBe(true);
    expect(names(major)).toEqual(['September 2015', 'October 2015']);
    expect(major.ms[1]).toBe(Date.UTC(2015, 9, 1));
  });

  it('ticks hours below a day, with the day named at length under them', () => {
    const { minor, major } = axisTicks(view(Date.UTC(2011, 0, 25, 9), Date.UTC(2011, 0, 26, 15)));
    expect(names(minor)).toContain('12:00');
    expect(minor.days).toBe(false);
    expect(minor.ms.every((ms) => ms % 3_600_000 === 0)).toBe(true);
    expect(names(major)).toEqual(['Tuesday 25 January 2011', 'Wednesday 26 January 2011']);
  });

  it('ticks each day of a few wide days, from the day the view opens in', () => {
    const { minor } = axisTicks(view(Date.UTC(2016, 5, 20, 9), Date.UTC(2016, 5, 27, 15)));
    expect(minor.ms[0]).toBe(Date.UTC(2016, 5, 20));
    expect(minor.ms).toHaveLength(8);
    expect(minor.days).toBe(true);
  });
});
