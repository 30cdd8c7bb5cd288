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
    expect(names(minor)).toContain('Sat 26');
    expect(names(minor, 1)).toContain('26');
    expect(names(major)).toEqual(['September 2015', 'October 2015']);
    expect(major.ms[1]).toBe(Date.UTC(2015, 9, 1));
  });

  it('never ticks finer than a day: wide days are ticked from the day the view opens in', () => {
    const { minor, major } = axisTicks(view(Date.UTC(2011, 0, 25, 9), Date.UTC(2011, 0, 27, 15)));
    expect(minor.ms).toEqual([Date.UTC(2011, 0, 25), Date.UTC(2011, 0, 26), Date.UTC(2011, 0, 27)]);
    expect(names(minor)).toEqual(['Tuesday 25 January', 'Wednesday 26 January', 'Thursday 27 January']);
    expect(names(minor, 1)[0]).toBe('Tue 25 Jan');
    expect(names(major)).toEqual(['January 2011']);
  });
});
