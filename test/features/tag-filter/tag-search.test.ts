import { describe, expect, it } from 'vitest';
import { searchTags } from '../../../src/features/tag-filter/tag-search.ts';
import { SAMPLE_TAGS as tags } from './sample-tags.ts';

describe('searchTags', () => {
  it('lists names starting with the query before names containing it, case-insensitively', () => {
    expect(searchTags(tags, 'ira', []).map((t) => t.name)).toEqual([
      'Iran',
      'Iraq',
      'Iraqi Civil War (2014-present)',
      'Ira',
      'United Arab Emirates',
    ]);
    expect(searchTags(tags, 'RIA', []).map((t) => t.name)).toEqual(['Syria']);
  });
  it('leaves out tags already in the filter', () => {
    expect(searchTags(tags, 'ira', ['Iran']).map((t) => t.name)).not.toContain('Iran');
  });
  it('shows the busiest tags for an empty query, up to the limit', () => {
    expect(searchTags(tags, '', [], 2).map((t) => t.name)).toEqual(['United States', 'Iran']);
  });

  it('ranks word starts and initials above matches inside a word, folding case, accents and dashes', () => {
    const portal = Object.entries({
      'European migrant crisis': 300,
      'Turkey–PKK conflict': 40,
      'Islamic State of Iraq and the Levant': 30,
      'ISIS attacks': 20,
      'Côte d’Ivoire': 10,
    }).map(([name, count]) => ({ name, count, postings: 0, isStory: false }));
    const names = (query: string) => searchTags(portal, query, []).map((t) => t.name);
    expect(names('ISIS')).toEqual(['ISIS attacks', 'European migrant crisis']);
    expect(names('isil')).toEqual(['Islamic State of Iraq and the Levant']);
    expect(names('turkey pkk')).toEqual(['Turkey–PKK conflict']);
    expect(names('pkk turkey')).toEqual(['Turkey–PKK conflict']);
    expect(names('Turkey-PKK conflict')).toEqual(['Turkey–PKK conflict']);
    expect(names('cote')).toEqual(['Côte d’Ivoire']);
  });

  it('finds a tag by its name or its label, either spelling', () => {
    const folded = [{ name: 'Clashes in Igd-r', label: 'Clashes in Iğdır', count: 5, postings: 0, isStory: false }];
    const names = (query: string) => searchTags(folded, query, []).map((t) => t.name);
    expect(names('igdir')).toEqual(['Clashes in Igd-r']);
    expect(names('Iğdır clashes')).toEqual(['Clashes in Igd-r']);
    expect(names('igd r')).toEqual(['Clashes in Igd-r']);
  });
});
