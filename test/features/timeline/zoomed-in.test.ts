import { describe, expect, it } from 'vitest';
import { maxLabelWidth } from '../../../src/features/timeline/zoomed-in.ts';

describe('maxLabelWidth', () => {
  it('caps labels so several fit side by side on a desktop plot', () => {
    expect(maxLabelWidth(1025, 20)).toBe(240);
  });

  it('still leaves a phrase on a phone', () => {
    expect(maxLabelWidth(390, 20)).toBe(140);
  });

  it('lets a label fill its day when days are wider, up to half the plot', () => {
    expect(maxLabelWidth(1025, 340)).toBe(332);
    expect(maxLabelWidth(1025, 2000)).toBe(513);
  });
});
