import { describe, expect, it } from 'vitest';
import { dayOfOrdinal, membersInDays, ordinalOf, storyPosition } from '../../../src/features/stories/story-order.ts';
import { densityFromDayCounts } from '../../../src/lib/density.ts';

// Days 100..104 hold 2, 0, 3, 1, 2 events: ordinals 0-1 on day 100, 2-4 on 102, 5 on 103, 6-7 on 104.
const density = densityFromDayCounts(100, [2, 0, 3, 1, 2]);
const members = Uint32Array.from([1, 2, 4, 5, 7]);

describe('storyPosition', () => {
  it('gives k of N counting every member, with the members either side', () => {
    expect(storyPosition(members, 1)).toEqual({ k: 1, n: 5, previous: null, next: 2 });
    expect(storyPosition(members, 4)).toEqual({ k: 3, n: 5, previous: 2, next: 5 });
    expect(storyPosition(members, 7)).toEqual({ k: 5, n: 5, previous: 5, next: null });
  });

  it('is null for an event outside the story', () => {
    expect(storyPosition(members, 3)).toBeNull();
    expect(storyPosition(new Uint32Array(0), 0)).toBeNull();
  });
});

describe('dayOfOrdinal and ordinalOf', () => {
  it('find the day of an ordinal across empty days, and back', () => {
    expect([0, 1, 2, 4, 5, 6, 7].map((o) => dayOfOrdinal(density, o))).toEqual([100, 100, 102, 102, 103, 104, 104]);
    expect(ordinalOf(density, 102, 2)).toBe(4);
    expect(ordinalOf(density, 104, 0)).toBe(6);
  });
});

describe('membersInDays', () => {
  it('keeps the members on days [from, to), clamped to the corpus', () => {
    expect([...membersInDays(members, density, 101, 104)]).toEqual([2, 4, 5]);
    expect([...membersInDays(members, density, 0, 1000)]).toEqual([1, 2, 4, 5, 7]);
    expect([...membersInDays(members, density, 104.5, 104.9)]).toEqual([]);
  });
});
