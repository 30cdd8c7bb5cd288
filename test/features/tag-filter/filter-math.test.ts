import { describe, expect, it } from 'vitest';
import {
  combinePostings,
  decodeDeltas,
  intersectSorted,
  matchFlags,
  matchedDayCounts,
  unionSorted,
} from '../../../src/features/tag-filter/filter-math.ts';

const u32 = (...values: number[]) => Uint32Array.from(values);

describe('decodeDeltas', () => {
  it('turns a first value and gaps into absolute ordinals', () => {
    expect([...decodeDeltas([3, 1, 4, 10])]).toEqual([3, 4, 8, 18]);
  });
  it('decodes an empty list to an empty array', () => {
    expect(decodeDeltas([])).toHaveLength(0);
  });
});

describe('intersectSorted and unionSorted', () => {
  it('intersect keeps only ordinals in both lists', () => {
    expect([...intersectSorted(u32(1, 3, 5, 7, 9), u32(2, 3, 4, 9, 11))]).toEqual([3, 9]);
  });
  it('union merges without duplicates and stays sorted', () => {
    expect([...unionSorted(u32(1, 3, 9), u32(2, 3, 10))]).toEqual([1, 2, 3, 9, 10]);
  });
  it('union with an empty list is the other list', () => {
    expect([...unionSorted(u32(), u32(4, 5))]).toEqual([4, 5]);
  });
});

describe('combinePostings', () => {
  const lists = [u32(1, 2, 3, 4), u32(2, 4, 6), u32(4, 2000)];
  it('all-of: events carrying every tag', () => {
    expect([...combinePostings(lists, 'all')]).toEqual([4]);
  });
  it('any-of: events carrying at least one tag', () => {
    expect([...combinePostings(lists, 'any')]).toEqual([1, 2, 3, 4, 6, 2000]);
  });
  it('no tags match nothing', () => {
    expect(combinePostings([], 'all')).toHaveLength(0);
  });
});

describe('matchedDayCounts', () => {
  // Days: 0 has ordinals 0-1, day 1 none, day 2 has 2-4.
  const dayPrefix = [0, 2, 2, 5];
  it('counts matched ordinals per day, skipping empty days', () => {
    expect([...matchedDayCounts(u32(1, 2, 4), dayPrefix)]).toEqual([1, 0, 2]);
  });
  it('counts nothing for no matches', () => {
    expect([...matchedDayCounts(u32(), dayPrefix)]).toEqual([0, 0, 0]);
  });
});

describe('matchFlags', () => {
  it('flags the loaded events whose ordinal matched', () => {
    expect([...matchFlags(u32(10, 11, 12, 13), u32(1, 11, 13, 99))]).toEqual([0, 1, 0, 1]);
  });
  it('flags nothing when no ordinal falls in the loaded span', () => {
    expect([...matchFlags(u32(10, 11), u32(1, 2, 50))]).toEqual([0, 0]);
  });
});
