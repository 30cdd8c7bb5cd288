import { describe, expect, it } from 'vitest';
import { eventId } from '../../../src/bundle/index.ts';
import { dayOfId, headlineOf, indexOfId, stepCursor, stepDay } from '../../../src/features/timeline/event-lookup.ts';
import type { TimelineEvents } from '../../../src/features/timeline/types.ts';

const D = Date.UTC(2015, 8, 26) / 86_400_000;
const days = [D, D, D + 1];
const events: TimelineEvents = {
  ordinals: Uint32Array.from([0, 1, 2]),
  days: Int32Array.from(days),
  ids: [eventId(D, 'a'), eventId(D, 'b'), eventId(D + 1, 'c')],
  titles: ['Story: headline a', 'Headline b', 'Story: Sub: headline c'],
  headlineStarts: [7, 0, 12],
  matches: null,
  loadedSpans: [[D, D + 1]],
};

describe('event lookup', () => {
  it('finds a loaded event by id, and -1 for others', () => {
    expect(indexOfId(events, '2015-09-26/b')).toBe(1);
    expect(indexOfId(events, '2015-09-27/c')).toBe(2);
    expect(indexOfId(events, '2015-09-28/c')).toBe(-1);
    expect(indexOfId(events, 'not an id')).toBe(-1);
    expect(indexOfId(events, null)).toBe(-1);
  });

  it('reads the day from an id even when the event is not loaded', () => {
    expect(dayOfId('2001-01-02/anything')).toBe(Date.UTC(2001, 0, 2) / 86_400_000);
    expect(dayOfId('garbage')).toBeNull();
  });

  it('labels show the headline without the story', () => {
    expect(headlineOf(events, 0)).toBe('headline a');
    expect(headlineOf(events, 1)).toBe('Headline b');
    expect(headlineOf(events, 2)).toBe('headline c');
  });
});

describe('stepCursor', () => {
  it('starts at the first event in view going right, the last going left', () => {
    expect(stepCursor(-1, 3, 7, 10, 1)).toBe(3);
    expect(stepCursor(-1, 3, 7, 10, -1)).toBe(6);
  });

  it('steps one event at a time and stops at the ends', () => {
    expect(stepCursor(4, 3, 7, 10, 1)).toBe(5);
    expect(stepCursor(0, 0, 7, 10, -1)).toBe(0);
    expect(stepCursor(9, 5, 10, 10, 1)).toBe(9);
  });

  it('restarts in view when the cursor was scrolled away', () => {
    expect(stepCursor(1, 3, 7, 10, 1)).toBe(3);
  });

  it('has nowhere to go without events', () => {
    expect(stepCursor(-1, 0, 0, 0, 1)).toBe(-1);
  });
});

describe('stepDay', () => {
  // Days of nine events: three on day 10, one on 11, none on 12, two on 13, three on 14.
  const days = Int32Array.from([10, 10, 10, 11, 13, 13, 14, 14, 14]);

  it('goes to the first event of the next day that has events', () => {
    expect(stepDay(days, 1, 0, 9, 1)).toBe(3);
    expect(stepDay(days, 3, 0, 9, 1)).toBe(4);
  });

  it('goes to the first event of the previous day, from anywhere in a day', () => {
    expect(stepDay(days, 5, 0, 9, -1)).toBe(3);
    expect(stepDay(days, 3, 0, 9, -1)).toBe(0);
  });

  it('stops at either end, and starts in view like stepCursor when the cursor is away', () => {
    expect(stepDay(days, 7, 0, 9, 1)).toBe(-1);
    expect(stepDay(days, 2, 0, 9, -1)).toBe(-1);
    expect(stepDay(days, -1, 4, 9, 1)).toBe(4);
  });
});
