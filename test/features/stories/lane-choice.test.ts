import { describe, expect, it } from 'vitest';
import type { Manifest, StoryEntry } from '../../../src/bundle/index.ts';
import { chooseLanes, laneCandidates } from '../../../src/features/stories/lane-choice.ts';
import { densityFromDayCounts } from '../../../src/lib/density.ts';

const story = (name: string, parent: number | null, firstDay: number, lastDay: number): StoryEntry => ({
  name,
  parent,
  count: 1,
  tag: 0,
  size: 1,
  firstDay,
  lastDay,
  members: 0,
});
// One event a day on days 0..9: ordinal = day.
const density = densityFromDayCounts(0, Array(10).fill(1));
const manifest = {
  stories: [story('Big', null, 0, 9), story('Inner', 0, 5, 9), story('Late', null, 8, 9), story('Early', null, 0, 2)],
} as Manifest;
const members = new Map([
  [0, Uint32Array.from([0, 1, 5, 6, 7, 8, 9])],
  [1, Uint32Array.from([5, 6, 7, 8, 9])],
  [2, Uint32Array.from([8, 9])],
  [3, Uint32Array.from([0, 1, 2])],
]);

describe('laneCandidates', () => {
  it('takes pinned stories first, then the largest whose span overlaps the view', () => {
    expect(laneCandidates(manifest, 5, 10, [2])).toEqual([2, 0, 1]);
  });
});

describe('chooseLanes', () => {
  it('ranks by events in view and leaves out a story nested in a chosen one', () => {
    expect(chooseLanes(manifest, density, members, [0, 1, 2, 3], [], [5, 10])).toEqual([0, 2]);
    expect(chooseLanes(manifest, density, members, [0, 1, 2, 3], [], [0, 3])).toEqual([3, 0]);
  });

  it('stops at the limit it is given, pinned stories on top', () => {
    expect(chooseLanes(manifest, density, members, [0, 1, 2, 3], [], [0, 10], 1)).toHaveLength(1);
    expect(chooseLanes(manifest, density, members, [1, 0, 2, 3], [1], [5, 10], 1)).toEqual([1, 0]);
  });

  it('keeps a pinned story even when nested in another', () => {
    expect(chooseLanes(manifest, density, members, [1, 0, 2, 3], [1], [5, 10])).toEqual([1, 0, 2]);
  });
});
