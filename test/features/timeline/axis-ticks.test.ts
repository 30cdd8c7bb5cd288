import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../../src/features/timeline/axis-ticks.ts';

const view = (start: number, end: number, width = 1200) => scaleUtc().domain([start, end]).range([0, width]);

describe('axisTicks', () => {
  it('labels decades with years when zoomed far out', () => {
    const { minor, major } = axisTicks(view(Date.UTC(1900, 0, 1), Date.UTC(2020, 0, 1), 800));
    expect(minor.map((t) => t.label)).toContain('1950');
    expect(minor.every((t) => new Date(t.ms).getUTCFullYear() % 10 === 0)).toBe(true);
    expect(major).toEqual([]);
  });

  it('puts the decade under year ticks', () => {
    const { minor, major } = axisTicks(view(Date.UTC(1995, 0, 1), Date.UTC(2025, 0, 1)));
    expect(minor.map((t) => t.label)).toContain('2004');
    expect(major.map((t) => t.label)).toEqual(['1990s', '2000s', '2010s', '2020s']);
  });

  it('labels months with the year above them', () => {
    const { minor, major } = axisTicks(view(Date.UTC(2015, 0, 1), Date.UTC(2016, 6, 1)));
    expect(minor.map((t) => t.label)).toContain('Sep');
    expect(major.map((t) => t.label)).toEqual(['2015', '2016']);
  });

  it('labels days with the month and year above them', () => {
    const { minor, major } = axisTicks(view(Date.UTC(2015, 8, 20), Date.UTC(2015, 9, 10)));
    expect(minor.map((t) => t.label)).toContain('26');
    expect(major.map((t) => t.label)).toEqual(['September 2015', 'October 2015']);
    expect(major[1].ms).toBe(Date.UTC(2015, 9, 1));
  });

  it('labels hours in UTC with the day above them', () => {
    const { minor, major } = axisTicks(view(Date.UTC(2015, 8, 26, 3), Date.UTC(2015, 8, 26, 15)));
    expect(minor.map((t) => t.label)).toContain('06:00');
    expect(major.map((t) => t.label)).toEqual(['Sat 26 September 2015']);
  });
});
