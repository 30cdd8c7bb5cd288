import { describe, expect, it } from 'vitest';
import {
  formatInstant,
  keepKnownTags,
  parseInstant,
  parseView,
  roundRangeForUrl,
  serialiseView,
  withTag,
  withoutTag,
} from '../../src/lib/url-state.ts';

const utc = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h, min);

describe('parseView', () => {
  it('reads repeated tag params, keeping commas inside names', () => {
    const view = parseView('?tag=Iran&tag=Greek%20legislative%20election%2C%20September%202015');
    expect(view.tags).toEqual(['Iran', 'Greek legislative election, September 2015']);
    expect(view.problems).toEqual([]);
  });

  it('defaults to all-of matching and no range', () => {
    expect(parseView('')).toEqual({ tags: [], match: 'all', range: null, mode: 'timeline', problems: [] });
  });

  it('reads match=any and a day range as UTC midnights', () => {
    const view = parseView('match=any&from=2015-09-01&to=2015-10-01');
    expect(view.match).toBe('any');
    expect(view.range).toEqual({ start: utc(2015, 9, 1), end: utc(2015, 10, 1) });
  });

  it('reads datetimes zoomed in below a day', () => {
    const view = parseView('from=2015-09-26T06:00Z&to=2015-09-26T18:30Z');
    expect(view.range).toEqual({ start: utc(2015, 9, 26, 6), end: utc(2015, 9, 26, 18, 30) });
  });

  it('ignores an unknown match mode with a problem', () => {
    const view = parseView('match=some');
    expect(view.match).toBe('all');
    expect(view.problems).toHaveLength(1);
  });

  it.each([
    ['from=2015-02-30&to=2015-03-05', 'impossible date'],
    ['from=yesterday&to=2015-03-05', 'not a date'],
    ['from=2015-10-01&to=2015-09-01', 'from after to'],
    ['from=2015-10-01&to=2015-10-01', 'empty range'],
    ['from=2015-10-01', 'missing to'],
  ])('ignores a malformed range (%s: %s) with a problem', (search) => {
    const view = parseView(search);
    expect(view.range).toBeNull();
    expect(view.problems).toHaveLength(1);
  });

  it('reports every bad parameter, not only the first', () => {
    const view = parseView('from=2015-13-45&to=banana&match=some&tag=');
    expect(view.problems.join('\n')).toMatch(/"from": "2015-13-45"/);
    expect(view.problems.join('\n')).toMatch(/"to": "banana"/);
    expect(view.problems.join('\n')).toMatch(/match mode "some"/);
    expect(view.problems.join('\n')).toMatch(/empty "tag"/);
    expect(view.problems).toHaveLength(4);
  });

  it('reads view=list, and ignores an unknown view with a problem', () => {
    expect(parseView('view=list').mode).toBe('list');
    const view = parseView('view=grid');
    expect(view.mode).toBe('timeline');
    expect(view.problems).toEqual(['Unknown view "grid" (use "list", or leave it out for the timeline).']);
  });

  it('drops blank and duplicate tags', () => {
    expect(parseView('tag=&tag=Iran&tag=Iran').tags).toEqual(['Iran']);
  });
});

describe('serialiseView', () => {
  it('round-trips tags with commas, match, a day range and the list view', () => {
    const view = {
      tags: ['Iran', 'Greek legislative election, September 2015'],
      match: 'any' as const,
      range: { start: utc(2015, 9, 1), end: utc(2015, 10, 1) },
      mode: 'list' as const,
    };
    const parsed = parseView(serialiseView(view));
    expect(parsed).toEqual({ ...view, problems: [] });
  });

  it('says nothing for the default view', () => {
    expect(serialiseView({ tags: [], match: 'all', range: null, mode: 'timeline' })).toBe('');
  });

  it.each([
    [
      'ISO dates for ranges of several days, rounded outward',
      utc(2015, 9, 1, 5),
      utc(2015, 9, 30, 20),
      '?from=2015-09-01&to=2015-10-01',
    ],
    [
      'minutes when zoomed in below a day',
      utc(2015, 9, 26, 6),
      utc(2015, 9, 26, 18),
      '?from=2015-09-26T06%3A00Z&to=2015-09-26T18%3A00Z',
    ],
  ])('writes %s', (_what, start, end, search) => {
    expect(serialiseView({ tags: [], match: 'all', mode: 'timeline', range: { start, end } })).toBe(search);
  });
});

describe('instants', () => {
  it('parseInstant accepts an unpadded month and day', () => {
    expect(parseInstant('2008-1-5')).toBe(utc(2008, 1, 5));
  });

  it('parseInstant refuses out-of-range clock times and rolled-over days', () => {
    expect(parseInstant('2015-09-26T24:00Z')).toBeNull();
    expect(parseInstant('2015-09-31')).toBeNull();
    expect(parseInstant('2015-09-26T06:00')).toBeNull();
  });

  it('formatInstant is the inverse of parseInstant', () => {
    for (const ms of [utc(1995, 1, 1), utc(2015, 9, 26, 6, 15), utc(2015, 9, 26) + 30_000]) {
      expect(parseInstant(formatInstant(ms))).toBe(ms);
    }
  });

  it('parseInstant and formatInstant take every four-digit year both ways, 0001 to 9999', () => {
    const farDay = (year: number, month: number, day: number) => {
      const date = new Date(0);
      date.setUTCFullYear(year, month - 1, day);
      return date.getTime();
    };
    for (const [text, ms] of [
      ['0001-01-01', farDay(1, 1, 1)],
      ['0049-12-30', farDay(49, 12, 30)],
      ['0099-03-01T06:30Z', farDay(99, 3, 1) + 6.5 * 3_600_000],
      ['9999-12-31', farDay(9999, 12, 31)],
    ] as const) {
      expect(parseInstant(text)).toBe(ms);
      expect(formatInstant(ms)).toBe(text);
    }
    expect(parseInstant('0000-01-01')).toBeNull();
    expect(formatInstant(farDay(10_000, 1, 5))).toBe('9999-12-31');
    expect(formatInstant(farDay(-5, 1, 1))).toBe('0001-01-01');
  });

  it('roundRangeForUrl always contains the input and is never empty', () => {
    const range = { start: utc(2015, 9, 26, 6) + 10, end: utc(2015, 9, 26, 6) + 20 };
    const rounded = roundRangeForUrl(range);
    expect(rounded.start).toBeLessThanOrEqual(range.start);
    expect(rounded.end).toBeGreaterThan(rounded.start);
    expect(rounded.end).toBeGreaterThanOrEqual(range.end);
  });

  it('roundRangeForUrl rounds to whole days from a 3-day span up, to minutes below it', () => {
    const start = utc(2015, 9, 26, 6, 30);
    const threeDays = roundRangeForUrl({ start, end: start + 3 * 86_400_000 });
    expect(threeDays).toEqual({ start: utc(2015, 9, 26), end: utc(2015, 9, 30) });
    const justUnder = roundRangeForUrl({ start, end: start + 3 * 86_400_000 - 60_000 });
    expect(justUnder).toEqual({ start, end: start + 3 * 86_400_000 - 60_000 });
  });
});

describe('tag edits', () => {
  it('keepKnownTags drops unknown tags and reports each', () => {
    const view = keepKnownTags(parseView('tag=Iran&tag=Atlantis'), (name) => name === 'Iran');
    expect(view.tags).toEqual(['Iran']);
    expect(view.problems).toEqual(['No events carry the tag "Atlantis".']);
  });

  it('withTag adds once and withoutTag removes', () => {
    const view = withTag(withTag({ tags: [], match: 'all', range: null, mode: 'timeline' }, 'Iran'), 'Iran');
    expect(view.tags).toEqual(['Iran']);
    expect(withoutTag(view, 'Iran').tags).toEqual([]);
  });
});

describe('story lanes in the URL', () => {
  it('round-trips lanes=stories and pinned story paths', () => {
    const view = parseView('?lanes=stories&pin=arab-spring&pin=brexit');
    expect(view.lanes).toBe('stories');
    expect(view.pins).toEqual(['arab-spring', 'brexit']);
    expect(serialiseView(view)).toBe('?lanes=stories&pin=arab-spring&pin=brexit');
  });

  it('reports an unknown lanes value', () => {
    expect(parseView('?lanes=tags').problems).toEqual(['Unknown lanes "tags" (use "stories").']);
  });
});
