import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../../src/bundle/index.ts';
import { parseDateQuery } from '../../../src/features/search/date-query.ts';

const day = (iso: string) => dayFromIso(iso)!;

describe('parseDateQuery', () => {
  it('reads a day written as ISO or in words', () => {
    for (const text of ['2008-09-15', '15 Sep 2008', '15 September 2008', 'Sep 15, 2008', ' 15 sept. 2008 '])
      expect(parseDateQuery(text), text).toEqual({ kind: 'day', day: day('2008-09-15'), label: '15 September 2008' });
  });

  it('reads a month as the span of its days', () => {
    for (const text of ['Sept 2008', 'September 2008', 'sep 2008', '2008-09'])
      expect(parseDateQuery(text), text).toEqual({
        kind: 'month',
        firstDay: day('2008-09-01'),
        endDay: day('2008-10-01'),
        label: 'September 2008',
      });
    expect(parseDateQuery('Dec 2008')).toMatchObject({ endDay: day('2009-01-01') });
  });

  it('reads a year', () => {
    expect(parseDateQuery('2008')).toEqual({
      kind: 'year',
      firstDay: day('2008-01-01'),
      endDay: day('2009-01-01'),
      label: '2008',
    });
  });

  it('is not fooled by words, impossible days or other numbers', () => {
    for (const text of ['lehman', '2015-02-30', '31 Feb 2015', 'Septic 2008', '15 2008', '200', 'May'])
      expect(parseDateQuery(text), text).toBeNull();
  });
});
