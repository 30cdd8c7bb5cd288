import { describe, expect, it } from 'vitest';
import { groupBySections } from '../../../src/features/event-panel/day-sections.ts';

const events = ['a', 'b', 'c', 'd'].map((slug) => ({ slug }));

describe('groupBySections', () => {
  it('follows the day page: its headings and its order, the unlisted events last under Other', () => {
    const groups = groupBySections(events, [
      { heading: 'Sports', slugs: ['c', 'a'] },
      { heading: 'Law and crime', slugs: ['gone', 'b'] },
    ]);
    expect(groups.map((g) => [g.heading, g.events.map((e) => e.slug)])).toEqual([
      ['Sports', ['c', 'a']],
      ['Law and crime', ['b']],
      ['Other', ['d']],
    ]);
  });

  it('keeps slug order in one untitled group when the day has no page', () => {
    expect(groupBySections(events, null)).toEqual([{ heading: '', events }]);
  });
});
