import { describe, expect, it } from 'vitest';
import { looksLikeStory, splitTitle } from '../../src/compiler/split-title.ts';

const known = new Set([
  'Syrian Civil War',
  'Battle of Aleppo (2012-present)',
  'Greek legislative election, September 2015',
  'Iran',
]);

describe('splitTitle', () => {
  it('splits nested known stories and points at the headline', () => {
    const title =
      'Syrian Civil War: Battle of Aleppo (2012-present): Iranian state television says a general was killed.';
    const split = splitTitle(title, known);
    expect(split.storyPath).toEqual(['Syrian Civil War', 'Battle of Aleppo (2012-present)']);
    expect(title.slice(split.headlineStart)).toBe('Iranian state television says a general was killed.');
  });

  it('keeps a colon inside the headline', () => {
    const title = 'Television: The actor best known for Star Trek: Voyager retires.';
    const split = splitTitle(title, new Set(['Television']));
    expect(split.storyPath).toEqual(['Television']);
    expect(title.slice(split.headlineStart)).toBe('The actor best known for Star Trek: Voyager retires.');
  });

  it('gives no story to a title without one', () => {
    expect(splitTitle('A memorandum is signed by Russia, Iran, and Turkey.', known)).toEqual({
      storyPath: [],
      headlineStart: 0,
    });
  });

  it('does not take a sentence before a colon for a story', () => {
    expect(splitTitle('The minister says: we will not resign.', new Set()).storyPath).toEqual([]);
  });

  it('does not take the start of a sentence with a colon in a film name for a story', () => {
    const title = 'The film Star Wars: The Force Awakens has its world premiere in Los Angeles.';
    expect(splitTitle(title, new Set()).storyPath).toEqual([]);
  });

  it('accepts an unknown short topic as the outermost story', () => {
    expect(splitTitle('Harvest festival: Farmers gather in the valley.', new Set()).storyPath).toEqual([
      'Harvest festival',
    ]);
  });

  it('keeps a known name that contains a comma whole', () => {
    const split = splitTitle('Greek legislative election, September 2015: Voters return to the polls.', known);
    expect(split.storyPath).toEqual(['Greek legislative election, September 2015']);
  });

  it('never leaves the headline empty', () => {
    expect(splitTitle('Iran: ', known)).toEqual({ storyPath: [], headlineStart: 0 });
  });

  it('matches a known name that itself contains ": " before shorter ones', () => {
    const split = splitTitle('Star Trek: Voyager: The series returns.', new Set(['Star Trek', 'Star Trek: Voyager']));
    expect(split.storyPath).toEqual(['Star Trek: Voyager']);
  });
});

describe('looksLikeStory', () => {
  it('wants a disambiguator on an unknown nested segment', () => {
    expect(looksLikeStory('Star Trek', false)).toBe(false);
    expect(looksLikeStory('Battle of Aleppo (2012-present)', false)).toBe(true);
    expect(looksLikeStory('Star Trek', true)).toBe(true);
  });

  it('refuses segments that read like sentences or are too long', () => {
    expect(looksLikeStory('Officials said', true)).toBe(false);
    expect(looksLikeStory('the minister', true)).toBe(false);
    expect(looksLikeStory('A very long segment that goes on and on with many words in it', true)).toBe(false);
  });
});
