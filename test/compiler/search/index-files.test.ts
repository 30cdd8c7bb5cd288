import { describe, expect, it } from 'vitest';
import type { OutFile } from '../../../src/compiler/hashed-file.ts';
import { INLINE_POSTINGS, searchIndexFiles, splitTop, TOP_POSTINGS } from '../../../src/compiler/search/index-files.ts';
import type { InvertedIndex } from '../../../src/compiler/search/inverted-index.ts';
import { OverflowReuse } from '../../../src/compiler/search/overflow-reuse.ts';

describe('splitTop', () => {
  it('keeps the highest impacts, the earlier of equal ones, and leaves both parts in ordinal order', () => {
    // 300 postings: impact 9 at every tenth (30 of them), 5 at the others; 98 of the 5s make the cut.
    const ordinals = Uint32Array.from({ length: 300 }, (_, i) => 2 * i);
    const impacts = Uint8Array.from(ordinals, (_, i) => (i % 10 === 0 ? 9 : 5));
    const follows = Uint8Array.from(ordinals, (_, i) => i % 256);
    const [top, rest] = splitTop({ ordinals, impacts, follows });

    expect(top.ordinals).toHaveLength(TOP_POSTINGS);
    expect(rest.ordinals).toHaveLength(300 - TOP_POSTINGS);
    const fives = Array.from(ordinals).filter((_, i) => i % 10 !== 0);
    const expectedTop = Array.from(ordinals)
      .filter((ordinal, i) => i % 10 === 0 || fives.indexOf(ordinal) < TOP_POSTINGS - 30)
      .sort((a, b) => a - b);
    expect(Array.from(top.ordinals)).toEqual(expectedTop);
    expect(Array.from(rest.ordinals)).toEqual(Array.from(ordinals).filter((o) => !expectedTop.includes(o)));
    // Each posting keeps its own impact and follow byte.
    for (const part of [top, rest])
      part.ordinals.forEach((ordinal, i) => {
        expect(part.impacts[i]).toBe(impacts[ordinal / 2]);
        expect(part.follows[i]).toBe(follows[ordinal / 2]);
      });
  });
});

describe('searchIndexFiles in a build session', () => {
  /** Two terms, the first frequent (an overflow file); `bump` raises one posting's weight. */
  const indexOf = (bump: number): InvertedIndex => {
    const count = INLINE_POSTINGS + 500;
    const weights = Float32Array.from({ length: count + 3 }, (_, p) => 1 + ((p * 7919) % 97) / 10);
    weights[bump] += 5;
    return {
      terms: ['alpha', 'beta'],
      starts: Uint32Array.from([0, count, count + 3]),
      ordinals: Uint32Array.from({ length: count + 3 }, (_, p) => (p < count ? p : p - count)),
      weights,
      follows: Uint8Array.from({ length: count + 3 }, (_, p) => p % 7),
      maxWeight: 16,
    };
  };
  const events = Array.from({ length: INLINE_POSTINGS + 500 }, (_, i) => ({ slug: `e-${i}`, title: `E ${i}` }));
  const bytes = (files: { files: OutFile[] }) => files.files.map((file) => [file.path, file.content]);

  it('keeps a frequent term’s split only while its postings are the same bytes', () => {
    const reuse = new OverflowReuse();
    for (const bump of [10, 10, 2000, 2000]) {
      const kept = searchIndexFiles(indexOf(bump), events, () => false, reuse);
      reuse.done();
      expect(bytes(kept)).toEqual(bytes(searchIndexFiles(indexOf(bump), events, () => false)));
    }
  });
});
