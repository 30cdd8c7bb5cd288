import { describe, expect, it } from 'vitest';
import { postingsFilesOf, tagIdsByName } from '../../src/lib/tag-ids.ts';
import { makeManifest, makeTags } from '../support/bundle.ts';

const manifest = makeManifest({
  tags: makeTags(['Iran', 'Syria', 'Oil'], [0, 1, 0]),
  postings: ['tags/0.aa.json', 'tags/1.bb.json'],
});

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
