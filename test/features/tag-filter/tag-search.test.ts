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
});
