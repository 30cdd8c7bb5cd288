import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZES, parseBenchArgs } from '../../bench/args.ts';

describe('parseBenchArgs', () => {
  it('defaults to the 10k and 150k corpora, three runs', () => {
    expect(parseBenchArgs([])).toEqual({ sizes: DEFAULT_SIZES, runs: 3, seed: 1 });
    expect(DEFAULT_SIZES).toEqual([10_000, 150_000]);
  });

  it('--events runs one size instead of the defaults; --sizes lists several', () => {
    expect(parseBenchArgs(['--events', '1000000']).sizes).toEqual([1_000_000]);
    expect(parseBenchArgs(['--sizes=1000,20_000', '--runs', '5'])).toMatchObject({ sizes: [1000, 20_000], runs: 5 });
  });

  it('rejects unknown flags and non-positive numbers', () => {
    expect(() => parseBenchArgs(['--size', '3'])).toThrow(/unknown/);
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/positive/);
    expect(() => parseBenchArgs(['--runs'])).toThrow(/needs a value/);
  });
});
