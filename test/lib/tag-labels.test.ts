import { describe, expect, it } from 'vitest';
import { storyPrefixLength } from '../../src/bundle/index.ts';
import { labelStories, storyLabel, tagLabel } from '../../src/lib/tag-labels.ts';
import { makeManifest, makeTags } from '../support/bundle.ts';

describe('storyPrefixLength', () => {
  it('covers the leading names that are known stories, and no more', () => {
    const stories = new Set(['Syrian civil war', 'Battle of Aleppo']);
    expect(storyPrefixLength('Syrian civil war: Battle of Aleppo: Rebels advance.', stories)).toBe(
      'Syrian civil war: Battle of Aleppo: '.length,
    );
    expect(storyPrefixLength('Star Trek: Voyager ends.', stories)).toBe(0);
  });
});

describe('labels', () => {
  const tags = makeTags(['Turkey-PKK conflict', 'Clashes (2015)', 'Turkey']);
  tags[0].label = 'Turkey–PKK conflict';
  const story = { count: 1, size: 1, firstDay: 0, lastDay: 0, members: 0 };
  const manifest = makeManifest({
    tags,
    stories: [
      { ...story, name: 'Turkey-PKK conflict', parent: null, tag: 0 },
      { ...story, name: 'Clashes (2015)', parent: 0, tag: 1 },
    ],
  });

  it('shows a tag or story by its label, else by its name', () => {
    expect(tagLabel(manifest, 'Turkey-PKK conflict')).toBe('Turkey–PKK conflict');
    expect(tagLabel(manifest, 'Turkey')).toBe('Turkey');
    expect(tagLabel(manifest, 'Unknown')).toBe('Unknown');
    expect([storyLabel(manifest, 0), storyLabel(manifest, 1)]).toEqual(['Turkey–PKK conflict', 'Clashes (2015)']);
  });

  it('shows a title’s leading stories by their labels, the headline as it is', () => {
    expect(labelStories(manifest, 'Turkey-PKK conflict: Clashes (2015): Turkey-PKK talks end.')).toEqual({
      title: 'Turkey–PKK conflict: Clashes (2015): Turkey-PKK talks end.',
      headlineStart: 'Turkey–PKK conflict: Clashes (2015): '.length,
    });
    expect(labelStories(manifest, 'Turkey: Talks end.')).toEqual({ title: 'Turkey: Talks end.', headlineStart: 0 });
  });
});
