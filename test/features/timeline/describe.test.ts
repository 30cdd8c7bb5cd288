import { describe, expect, it } from 'vitest';
import { describeBin, describeView } from '../../../src/features/timeline/describe.ts';

describe('describe', () => {
  it('counts a bar, and its matches under a filter', () => {
    expect(describeBin(1234, null)).toBe('1,234 events');
    expect(describeBin(1, null)).toBe('1 event');
    expect(describeBin(1234, 12)).toBe('12 of 1,234 events match');
  });

  it('explains the bars over density and what is hidden when zoomed in', () => {
    expect(describeView(false, 0, 0, 510, 16.4)).toBe('Bar height: √ events per 16 days · tallest 510');
    expect(describeView(false, 0, 0, 7, 0.5)).toBe('Bar height: √ events per day · tallest 7');
    expect(describeView(false, 0, 0, 7, 1.3)).toBe('Bar height: √ events per day · tallest 7');
    expect(describeView(false, 0, 0, 0, 3)).toBe('No events in view');
    expect(describeView(true, 204, 132, 0, 1)).toBe('204 events in view · 132 behind “more”');
    expect(describeView(true, 12, 0, 0, 1)).toBe('12 events in view');
  });
});
