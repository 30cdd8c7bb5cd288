import { describe, expect, it } from 'vitest';
import { formatBytes, formatMs, formatTable } from '../../bench/table.ts';

describe('formatTable', () => {
  it('pads the first column left and the others right, under a rule', () => {
    expect(
      formatTable(
        ['metric', '10k'],
        [
          ['ready', '1 s'],
          ['heap', '12 MB'],
        ],
      ).split('\n'),
    ).toEqual(['metric    10k', '------  -----', 'ready     1 s', 'heap    12 MB']);
  });
});

describe('units', () => {
  it('formats bytes and milliseconds at a readable scale, n/a when unknown', () => {
    expect(formatBytes(400_000)).toBe('400 KB');
    expect(formatBytes(1_500_000_000)).toBe('1.50 GB');
    expect(formatMs(16.74)).toBe('17 ms');
    expect(formatMs(1500)).toBe('1.50 s');
    expect(formatMs(Number.NaN)).toBe('n/a');
  });
});
