import { describe, expect, it } from 'vitest';
import { draggedHeight, foldsAt, SHEET_MIN_PX } from '../../../src/features/event-panel/sheet-drag.ts';

describe('bottom sheet drag', () => {
  it('grows as the handle is dragged up and shrinks as it is dragged down', () => {
    expect(draggedHeight(400, 500, 400, 844)).toBe(500);
    expect(draggedHeight(400, 500, 650, 844)).toBe(250);
  });
  it('stays between the folded bar and 90% of the screen', () => {
    expect(draggedHeight(400, 500, 2000, 844)).toBe(SHEET_MIN_PX);
    expect(draggedHeight(400, 500, -2000, 844)).toBeCloseTo(844 * 0.9);
  });
  it('folds when dropped below a fifth of the screen', () => {
    expect(foldsAt(150, 844)).toBe(true);
    expect(foldsAt(300, 844)).toBe(false);
  });
});
