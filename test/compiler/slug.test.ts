import { describe, expect, it } from 'vitest';
import { slugFromTitle } from '../../src/compiler/slug.ts';

describe('slugFromTitle', () => {
  it('lowercases and turns each run outside [a-z0-9] into one dash, trimmed', () => {
    expect(slugFromTitle('  Iraqi Civil War (2014-present): Iraq says... ')).toBe(
      'iraqi-civil-war-2014-present-iraq-says',
    );
  });

  it('keeps at most the first 140 UTF-8 bytes', () => {
    const slug = slugFromTitle('word '.repeat(60));
    expect(new TextEncoder().encode(slug).length).toBeLessThanOrEqual(140);
    expect(slug.startsWith('word-word')).toBe(true);
  });

  it('cuts at the same byte with or without characters outside ASCII', () => {
    expect(slugFromTitle('abcd '.repeat(28) + 'x')).toBe('abcd-'.repeat(27) + 'abcd');
    expect(slugFromTitle('é' + 'abcd '.repeat(28) + 'x')).toBe('abcd-'.repeat(27) + 'abc');
  });

  it('does not leave half a character at the cut', () => {
    expect(slugFromTitle('a'.repeat(139) + 'é')).toBe('a'.repeat(139));
  });
});
