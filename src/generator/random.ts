/**
 * A small seeded PRNG (mulberry32) so a seed gives the same corpus on every machine and
 * Node version; Math.random cannot be seeded.
 */
import { bisectRight } from 'd3-array';

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}

/**
 * Combines a seed with stream numbers (event index, purpose) into a new seed, so every
 * event draws from its own sequence and can be rendered independently of the others.
 */
export function mixSeed(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/**
 * Picks indices 0..n-1 with probability proportional to 1/(rank+1)^exponent: a few very
 * common items and a long tail, like real topic frequencies.
 */
export class ZipfPicker {
  private readonly cumulative: Float64Array;

  constructor(n: number, exponent = 1) {
    this.cumulative = new Float64Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) {
      total += 1 / Math.pow(i + 1, exponent);
      this.cumulative[i] = total;
    }
  }

  get size(): number {
    return this.cumulative.length;
  }

  index(random: Random): number {
    const target = random.next() * this.cumulative[this.cumulative.length - 1];
    // The first entry past the target; the last one if rounding put the target at the very end.
    return Math.min(bisectRight(this.cumulative, target), this.cumulative.length - 1);
  }
}
