import { describe, expect, it } from 'vitest';
import type { Manifest, StoryEntry } from '../../../src/bundle/index.ts';
import {
  childStories,
  storyPathOfPathname,
  storyPaths,
  storySlug,
  storyTitlePrefix,
} from '../../../src/features/stories/story-paths.ts';

const story = (name: string, parent: number | null): StoryEntry => ({
  name,
  parent,
  count: 1,
  tag: 0,
  size: 1,
  firstDay: 0,
  lastDay: 0,
  members: 0,
});
const manifest = {
  stories: [
    story('Arab Spring', null),
    story('Egyptian revolution of 2011', 0),
    story('Greek legislative election, September 2015', null),
    story('Greek legislative election September 2015', null),
  ],
} as Manifest;

describe('storyPaths', () => {
  it('nests a story’s slug under its parent’s', () => {
    expect(storyPaths(manifest).pathOf.slice(0, 2)).toEqual(['arab-spring', 'arab-spring/egyptian-revolution-of-2011']);
    expect(storyPaths(manifest).idOf.get('arab-spring/egyptian-revolution-of-2011')).toBe(1);
  });

  it('numbers the later of two names that slug alike', () => {
    expect(storyPaths(manifest).pathOf.slice(2)).toEqual([
      'greek-legislative-election-september-2015',
      'greek-legislative-election-september-2015-2',
    ]);
  });
});

describe('storySlug, storyPathOfPathname, childStories', () => {
  it('read and make paths', () => {
    expect(storySlug('Iraqi Civil War (2014-present)')).toBe('iraqi-civil-war-2014-present');
    expect(storyPathOfPathname('/story/arab-spring/egyptian-revolution-of-2011/')).toBe(
      'arab-spring/egyptian-revolution-of-2011',
    );
    expect(storyPathOfPathname('/news/2015/09/26')).toBeNull();
    expect(childStories(manifest, 0)).toEqual([1]);
  });
});

describe('storyTitlePrefix', () => {
  it('is the names from the outermost story in, as event titles start', () => {
    expect(storyTitlePrefix(manifest, 0)).toBe('Arab Spring: ');
    expect(storyTitlePrefix(manifest, 1)).toBe('Arab Spring: Egyptian revolution of 2011: ');
  });
});
