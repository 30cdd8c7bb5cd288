import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/bundle/index.ts';
import { postingsFilesOf, tagIdsByName } from '../../src/lib/tag-ids.ts';

const manifest = {
  tags: [
    { name: 'Iran', count: 9, postings: 0, isStory: false },
    { name: 'Syria', count: 5, postings: 1, isStory: false },
    { name: 'Oil', count: 2, postings: 0, isStory: false },
  ],
  postings: ['tags/0.aa.json', 'tags/1.bb.json'],
} as unknown as Manifest;

describe('tag ids', () => {
  it('maps names to their index in the manifest', () => {
    expect(tagIdsByName(manifest).get('Syria')).toBe(1);
    expect(tagIdsByName(manifest).get('Nowhere')).toBeUndefined();
  });
  it('lists each postings file once, skipping unknown names', () => {
    expect(postingsFilesOf(manifest, ['Iran', 'Oil', 'Nowhere'])).toEqual(['tags/0.aa.json']);
    expect(postingsFilesOf(manifest, ['Oil', 'Syria'])).toEqual(['tags/0.aa.json', 'tags/1.bb.json']);
  });
});
