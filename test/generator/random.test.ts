import { describe, expect, it } from 'vitest';
import { mixSeed, Random, ZipfPicker } from '../../src/generator/random.ts';

describe('Random', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const a = new Random(42);
    const b = new Random(42);
    const c = new Random(43);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
  });

  it('int(min, max) stays within both bounds and reaches them', () => {
    const random = new Random(1);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(random.int(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('mixSeed separates streams', () => {
    expect(mixSeed(1, 2)).not.toBe(mixSeed(2, 1));
    expect(mixSeed(1, 2)).toBe(mixSeed(1, 2));
  });
});

describe('ZipfPicker', () => {
  it('makes the first rank far more common than a tail rank', () => {
    const picker = new ZipfPicker(1000);
    const random = new Random(7);
    const counts = new Array<number>(1000).fill(0);
    for (let i = 0; i < 50_000; i++) counts[picker.index(random)]++;
    expect(counts[0]).toBeGreaterThan(counts[1]);
    expect(counts[0]).toBeGreaterThan(50 * counts[900]);
    expect(counts.filter((c) => c > 0).length).toBeGreaterThan(500);
  });
});
