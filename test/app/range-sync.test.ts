import { describe, expect, it } from 'vitest';
import { initialRangeSync, reconcileRange, type UrlRange } from '../../src/app/range-sync.ts';
import { dayFromIso } from '../../src/bundle/index.ts';

const corpus = { firstDay: dayFromIso('2015-01-01')!, lastDay: dayFromIso('2015-12-31')! };
const utc = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h);
const url = (range: UrlRange['range'], day: number | null = null): UrlRange => ({ range, day });
const september = { start: utc(2015, 9, 1), end: utc(2015, 10, 1) };

describe('reconcileRange', () => {
  it('starts at the URL range, a week around the day, or the whole corpus with air', () => {
    expect(initialRangeSync(url(september), corpus).range).toEqual(september);
    const day = initialRangeSync(url(null, dayFromIso('2015-09-26')), corpus).range;
    expect(day.end - day.start).toBe(7 * 86_400_000);
    const all = initialRangeSync(url(null), corpus).range;
    expect(all.start).toBeLessThan(utc(2015, 1, 1));
    expect(all.end).toBeGreaterThan(utc(2016, 1, 1));
  });

  it('keeps the exact committed range when its own rounded write comes back from the URL', () => {
    const exact = { start: utc(2015, 9, 20, 5), end: utc(2015, 9, 30, 7) };
    let state = initialRangeSync(url(september), corpus);
    state = reconcileRange(state, { kind: 'commit', range: exact }, corpus);
    state = reconcileRange(
      state,
      { kind: 'url', url: url({ start: utc(2015, 9, 20), end: utc(2015, 10, 1) }) },
      corpus,
    );
    expect(state.range).toEqual(exact);
  });

  it('follows the URL when it changes from outside, to another range or to none', () => {
    let state = initialRangeSync(url(september), corpus);
    const march = { start: utc(2015, 3, 1), end: utc(2015, 4, 1) };
    state = reconcileRange(state, { kind: 'url', url: url(march) }, corpus);
    expect(state.range).toEqual(march);
    state = reconcileRange(state, { kind: 'url', url: url(null, dayFromIso('2015-06-10')) }, corpus);
    expect(state.range.start).toBeLessThan(utc(2015, 6, 10));
    expect(state.range.end).toBeGreaterThan(utc(2015, 6, 11));
  });

  it('returns the same state when the URL says what it already saw', () => {
    const state = initialRangeSync(url(september), corpus);
    expect(reconcileRange(state, { kind: 'url', url: url({ ...september }) }, corpus)).toBe(state);
  });
});
