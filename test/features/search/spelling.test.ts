import { describe, expect, it } from 'vitest';
import { isNearMiss, withinOneEdit } from '../../../src/features/search/spelling.ts';

describe('typo tolerance', () => {
  it('withinOneEdit allows one letter changed, added or dropped', () => {
    expect(withinOneEdit('lehman', 'lehman')).toBe(true);
    expect(withinOneEdit('lehnan', 'lehman')).toBe(true);
    expect(withinOneEdit('lehmn', 'lehman')).toBe(true);
    expect(withinOneEdit('lehmaan', 'lehman')).toBe(true);
    expect(withinOneEdit('lehnam', 'lehman')).toBe(false);
    expect(withinOneEdit('leh', 'lehman')).toBe(false);
  });

  it('isNearMiss corrects only after the third letter', () => {
    expect(isNearMiss('mosel', 'mosul', false)).toBe(true);
    expect(isNearMiss('nosul', 'mosul', false)).toBe(false);
    expect(isNearMiss('mos', 'mosul', false)).toBe(false);
  });

  it('a word being typed may be the start of a term one typo away', () => {
    expect(isNearMiss('baghd4', 'baghdad', true)).toBe(true);
    expect(isNearMiss('baghd4', 'baghdad', false)).toBe(false);
  });
});
