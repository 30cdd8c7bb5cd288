import { describe, expect, it } from 'vitest';
import { foldAscii, upstreamSlug } from '../../src/generator/text.ts';

describe('upstreamSlug', () => {
  it('reproduces the slug of the reference event from its pre-folding title', () => {
    const original =
      'Iraqi Civil War (2014\u2013present): Russia says it would consider extending its air-strikes against ' +
      'Islamic State militants in Syria to Iraq if it receives such a request from the Iraqi government.';
    expect(upstreamSlug(original)).toBe(
      'iraqi-civil-war-2014-present-russia-says-it-would-consider-extending-its-air-strikes-against-islamic-state-militants-in-syria-to-iraq-i',
    );
  });

  it('counts UTF-8 bytes, not characters, and differs from the folded title', () => {
    const original = `Jos\u00e9 P\u00e9rez ${'x'.repeat(200)}`;
    const slug = upstreamSlug(original);
    expect(slug.startsWith('jos-p-rez-')).toBe(true);
    // `José Pérez ` is 13 bytes but 10 slug characters; then 127 bytes of `x` fit in 140.
    expect(slug).toBe(`jos-p-rez-${'x'.repeat(127)}`);
    expect(upstreamSlug(foldAscii(original)).startsWith('jose-perez-')).toBe(true);
  });
});

describe('foldAscii', () => {
  it('drops accents and turns dashes and curly apostrophes into hyphens', () => {
    expect(foldAscii('Jos\u00e9 P\u00e9rez, \u0141\u00f3d\u017a')).toBe('Jose Perez, Lodz');
    expect(foldAscii('the group\u2019s reach (2014\u2013present)')).toBe('the group-s reach (2014-present)');
    expect(foldAscii('\u5317\u4eac')).toBe('--');
  });
});
