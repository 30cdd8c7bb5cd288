import { describe, expect, it } from 'vitest';
import { firstOrdinalOfDay, nearestDayWithEvents } from '../../src/lib/corpus-walk.ts';
import { densityFromDayCounts } from '../../src/lib/density.ts';

// Days 100..105 with counts 2, 0, 0, 3, 0, 1.
const density = densityFromDayCounts(100, [2, 0, 0, 3, 0, 1]);

describe('nearestDayWithEvents', () => {
  it('skips empty days in both directions', () => {
    expect(nearestDayWithEvents(density, 103, -1)).toBe(100);
    expect(nearestDayWithEvents(density, 103, 1)).toBe(105);
  });
  it('is null past the corpus edges', () => {
    expect(nearestDayWithEvents(density, 100, -1)).toBeNull();
    expect(nearestDayWithEvents(density, 105, 1)).toBeNull();
  });
  it('finds the corpus edge from a day outside it', () => {
    expect(nearestDayWithEvents(density, 400, -1)).toBe(105);
    expect(nearestDayWithEvents(density, 10, 1)).toBe(100);
    expect(nearestDayWithEvents(density, 400, 1)).toBeNull();
  });
});

describe('firstOrdinalOfDay', () => {
  it('is the number of events on earlier days', () => {
    expect(firstOrdinalOfDay(density, 100)).toBe(0);
    expect(firstOrdinalOfDay(density, 103)).toBe(2);
    expect(firstOrdinalOfDay(density, 105)).toBe(5);
  });
});
