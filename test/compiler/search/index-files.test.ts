import { describe, expect, it } from 'vitest';
import { splitTop, TOP_POSTINGS } from '../../../src/compiler/search/index-files.ts';

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
