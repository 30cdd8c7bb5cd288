import { describe, expect, it } from 'vitest';
import { parseGeneratorArgs } from '../../src/generator/args.ts';

describe('parseGeneratorArgs', () => {
  it('reads every option, with seed 1 and no malformed files by default', () => {
    expect(parseGeneratorArgs(['--events', '10', '--out', 'x'])).toEqual({
      events: 10,
      out: 'x',
      seed: 1,
      malformedPercent: 0,
    });
    expect(parseGeneratorArgs(['--events=5', '--out=y', '--seed', '7', '--malformed', '2.5'])).toEqual({
      events: 5,
      out: 'y',
      seed: 7,
      malformedPercent: 2.5,
    });
  });

  it('refuses missing, unknown and out-of-range options', () => {
    expect(() => parseGeneratorArgs(['--events', '10'])).toThrow(/--out/);
    expect(() => parseGeneratorArgs(['--events', 'ten', '--out', 'x'])).toThrow(/--events/);
    expect(() => parseGeneratorArgs(['--events', '1', '--out', 'x', '--malformed', '200'])).toThrow(/percentage/);
    expect(() => parseGeneratorArgs(['--size', '1'])).toThrow(/unknown/);
  });
});
