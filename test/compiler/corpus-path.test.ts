import { describe, expect, it } from 'vitest';
import { dayFromParts } from '../../src/bundle/index.ts';
import { classifyPath } from '../../src/compiler/corpus-path.ts';

describe('classifyPath', () => {
  it('treats padded and unpadded day folders as the same day, preferring the padded one', () => {
    const day = dayFromParts(2017, 5, 4);
    expect(classifyPath('2017/05/4/slug.md')).toEqual({ kind: 'event', day, slug: 'slug', canonicalFolder: false });
    expect(classifyPath('2017/05/04/slug.md')).toEqual({ kind: 'event', day, slug: 'slug', canonicalFolder: true });
  });

  it('recognises day pages, other files and impossible dates', () => {
    expect(classifyPath('2015/09/26/index.md').kind).toBe('dayPage');
    expect(classifyPath('2015/09/26/notes.txt').kind).toBe('notMarkdown');
    expect(classifyPath('misc/event.md').kind).toBe('outside');
    expect(classifyPath('2015/02/30/event.md')).toEqual({ kind: 'impossibleDate', folder: '2015/02/30' });
  });

  it('gives no slug for a file name that cannot be one', () => {
    expect(classifyPath('2015/09/26/has space.md')).toMatchObject({ kind: 'event', slug: null });
  });
});
