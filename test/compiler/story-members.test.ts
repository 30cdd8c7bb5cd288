import { describe, expect, it } from 'vitest';
import type { LinkedEvent } from '../../src/compiler/link.ts';
import { storyMembers } from '../../src/compiler/story-members.ts';

const event = (...storyPath: string[]) => ({ storyPath }) as LinkedEvent;

describe('storyMembers', () => {
  // 0: Arab Spring, 1: Egyptian revolution (nested in 0), 2: Libyan civil war (nested in 0), 3: Brexit
  const stories = [{ parent: null }, { parent: 0 }, { parent: 0 }, { parent: null }];
  const ids = new Map([
    ['Arab Spring', 0],
    ['Egyptian revolution', 1],
    ['Libyan civil war', 2],
    ['Brexit', 3],
  ]);

  it('counts a sub-story’s events in every story above it, each event once, in ordinal order', () => {
    const events = [
      event('Arab Spring', 'Egyptian revolution'),
      event('Brexit'),
      event(),
      event('Libyan civil war'),
      event('Arab Spring'),
    ];
    expect(storyMembers(events, stories, ids)).toEqual([[0, 3, 4], [0], [3], [1]]);
  });

  it('leaves a story with no events of its own empty', () => {
    expect(storyMembers([event('Brexit')], stories, ids)).toEqual([[], [], [], [0]]);
  });
});
