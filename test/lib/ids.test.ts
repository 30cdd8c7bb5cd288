import { describe, expect, it } from 'vitest';
import { dayFromIso, dayFromParts, isoFromDay } from '../../src/bundle/ids.ts';

const MS_PER_DAY = 86_400_000;

describe('calendar days', () => {
  it('agrees with Date on every day from 1600 to 2400, both ways', () => {
    const first = Date.UTC(1600, 0, 1) / MS_PER_DAY;
    const last = Date.UTC(2400, 11, 31) / MS_PER_DAY;
    for (let day = first; day <= last; day++) {
      const date = new Date(day * MS_PER_DAY);
      const iso = date.toISOString().slice(0, 10);
      if (isoFromDay(day) !== iso) expect(isoFromDay(day)).toBe(iso);
      const parts = dayFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
      if (parts !== day) expect(parts, iso).toBe(day);
    }
  });

  it('pads early years and reads the epoch', () => {
    expect(isoFromDay(0)).toBe('1970-01-01');
    expect(isoFromDay(-1)).toBe('1969-12-31');
    expect(isoFromDay(dayFromParts(33, 4, 3)!)).toBe('0033-04-03');
    expect(dayFromIso('2015-9-26')).toBe(16704);
  });

  it('refuses days that are not on the calendar', () => {
    expect(dayFromParts(2015, 2, 29)).toBeNull();
    expect(dayFromParts(2016, 2, 29)).toBe(16860);
    expect(dayFromParts(1900, 2, 29)).toBeNull();
    expect(dayFromParts(2000, 2, 29)).not.toBeNull();
    expect(dayFromParts(2015, 4, 31)).toBeNull();
    expect(dayFromParts(2015, 13, 1)).toBeNull();
    expect(dayFromParts(2015, 0, 1)).toBeNull();
    expect(dayFromParts(2015, 1, 0)).toBeNull();
    expect(dayFromParts(2015.5, 1, 1)).toBeNull();
  });
});
