import { describe, expect, it } from 'vitest';
import { barHeight } from '../../../src/features/timeline/paint-density.ts';
import { describeBin, describeView } from '../../../src/features/timeline/describe.ts';

describe('describe', () => {
  it('counts a bar, and its matches under a filter', () => {
    expect(describeBin(1234, null)).toBe('1,234 events');
    expect(describeBin(1, null)).toBe('1 event');
    expect(describeBin(1234, 12)).toBe('12 of 1,234 events match');
  });

  it('explains the bars over density and what is hidden when zoomed in', () => {
    expect(describeView(false, 0, 0, 510, 16.4)).toBe('Bars: events per 16 days, to scale · tallest 510');
    expect(describeView(false, 0, 0, 7, 0.5)).toBe('Bars: events per day, to scale · tallest 7');
    expect(describeView(false, 0, 0, 7, 1.3)).toBe('Bars: events per day, to scale · tallest 7');
    expect(describeView(false, 0, 0, 0, 3)).toBe('No events in view');
    expect(describeView(true, 204, 132, 0, 1)).toBe('204 events in view · 132 behind “more”');
    expect(describeView(true, 12, 0, 0, 1)).toBe('12 events in view');
    expect(describeView(true, 1, 0, 0, 1)).toBe('1 event in view');
  });

  it('draws bars to a linear scale, so 5 events stand a quarter as tall as 20', () => {
    expect(barHeight(5, 20, 100)).toBe(25);
    expect(barHeight(20, 20, 100)).toBe(100);
    expect(barHeight(1, 1000, 100)).toBe(1);
  });
});
