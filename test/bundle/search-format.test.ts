import { describe, expect, it } from 'vitest';
import {
  ByteReader,
  ByteWriter,
  followBit,
  impactOf,
  shardOf,
  weightOf,
  type SearchIndex,
  type Snippet,
} from '../../src/bundle/search-format.ts';
import { readTermShard, writeShardTitles, writeTermEntry } from '../../src/bundle/search-shard.ts';

describe('the search index format', () => {
  it('reads back varints of every size', () => {
    const values = [0, 1, 127, 128, 300, 16_383, 16_384, 2 ** 31, 2 ** 40];
    const out = new ByteWriter();
    values.forEach((value) => out.varint(value));
    const reader = new ByteReader(out.result());
    expect(values.map(() => reader.varint())).toEqual(values);
  });

  it('reads back a shard of front-coded terms with their postings, then its titles', () => {
    const terms = [
      {
        term: 'lehman',
        df: 3,
        ordinals: Uint32Array.of(4, 90, 91),
        impacts: Uint8Array.of(10, 200, 3),
        follows: Uint8Array.of(0, 0x81, 0xff),
      },
      { term: 'lehmann', df: 9, ordinals: Uint32Array.of(7), impacts: Uint8Array.of(255), follows: Uint8Array.of(4) },
      {
        term: 'münchen',
        df: 1,
        ordinals: Uint32Array.of(150_000),
        impacts: Uint8Array.of(1),
        follows: Uint8Array.of(0),
      },
    ];
    const body = new ByteWriter();
    let previous: Uint8Array = new Uint8Array(0);
    for (const term of terms) previous = writeTermEntry(body, previous, term);
    const titles: Array<[number, Snippet]> = [
      [4, ['', 'Lehman Brothers files for Chapter 11']],
      [90, ['lehmann-trial', 'München: Lehmann’s trial opens']],
      [150_000, ['', '']],
    ];
    const out = new ByteWriter();
    out.varint(terms.length);
    out.raw(body.result());
    writeShardTitles(out, titles);
    const shard = readTermShard(out.result());
    expect(shard.terms).toEqual(terms);
    expect([...shard.titles]).toEqual(titles);
  });

  it('refuses a shard cut short, as one without its titles', () => {
    const out = new ByteWriter();
    out.varint(1);
    writeTermEntry(out, new Uint8Array(0), {
      term: 'mosul',
      df: 1,
      ordinals: Uint32Array.of(3),
      impacts: Uint8Array.of(9),
      follows: Uint8Array.of(0),
    });
    expect(() => readTermShard(out.result())).toThrow(/ends early/);
    const titled = new ByteWriter();
    titled.raw(out.result());
    writeShardTitles(titled, [[3, ['', 'Militants seize Mosul']]]);
    const cut = titled.result();
    expect(() => readTermShard(cut.subarray(0, cut.length - 3))).toThrow(/ends early/);
  });

  it('gives each term one bit of the follow byte, spread over all eight', () => {
    const words = 'the islamic state of iraq and the levant said on monday that its forces took mosul'.split(' ');
    const bits = words.map(followBit);
    for (const bit of bits) expect([1, 2, 4, 8, 16, 32, 64, 128]).toContain(bit);
    expect(followBit('state')).toBe(followBit('state'));
    expect(new Set(bits).size).toBeGreaterThanOrEqual(6);
  });

  it('quantises weights to a byte and back within a few percent', () => {
    for (const weight of [0.05, 0.5, 3, 11.9]) {
      expect(weightOf(impactOf(weight, 12), 12)).toBeCloseTo(weight, weight < 1 ? 1 : 0);
    }
  });

  it('finds the shard a term belongs in from the shards first terms', () => {
    const index = { shards: ['0', 'helium', 'symptoms'] } as SearchIndex;
    expect(shardOf(index, '0')).toBe(0);
    expect(shardOf(index, 'afghanistan')).toBe(0);
    expect(shardOf(index, 'helium')).toBe(1);
    expect(shardOf(index, 'mosul')).toBe(1);
    expect(shardOf(index, 'zürich')).toBe(2);
  });
});
