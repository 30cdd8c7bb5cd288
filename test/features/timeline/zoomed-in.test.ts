import { describe, expect, it } from 'vitest';
import { maxLabelWidth, sheetShift } from '../../../src/features/timeline/zoomed-in.ts';

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

describe('sheetShift', () => {
  it('measures a pan at one zoom from the anchor, in px', () => {
    const anchor = { anchorDay: 0, anchorPxPerDay: 0 };
    expect(sheetShift(anchor, 100, 50)).toBe(0);
    expect(sheetShift(anchor, 102.5, 50)).toBe(125);
    expect(sheetShift(anchor, 99, 50 * (1 + 1e-12))).toBeCloseTo(-50);
    expect(anchor.anchorDay).toBe(100);
  });

  it('anchors anew on a zoom or a very long pan', () => {
    const anchor = { anchorDay: 0, anchorPxPerDay: 0 };
    sheetShift(anchor, 100, 50);
    expect(sheetShift(anchor, 101, 60)).toBe(0);
    expect(anchor).toEqual({ anchorDay: 101, anchorPxPerDay: 60 });
    expect(sheetShift(anchor, 101 + 200_000 / 60, 60)).toBe(0);
  });
});
