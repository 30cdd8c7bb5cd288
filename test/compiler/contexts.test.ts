import { describe, expect, it } from 'vitest';
import { namesWithComma, splitContexts } from '../../src/bundle/index.ts';
import { collectCommaNames } from '../../src/compiler/contexts.ts';

describe('splitContexts', () => {
  it('splits on ", "', () => {
    expect(splitContexts('Iran, Russia, Syria', new Set())).toEqual(['Iran', 'Russia', 'Syria']);
  });

  it('keeps a known name containing a comma', () => {
    const names = new Set(['Greek legislative election, September 2015']);
    expect(splitContexts('Greece, Greek legislative election, September 2015, Russia', names)).toEqual([
      'Greece',
      'Greek legislative election, September 2015',
      'Russia',
    ]);
  });

  it('drops empty values and repeats', () => {
    expect(splitContexts('Iran, , Iran', new Set())).toEqual(['Iran']);
    expect(splitContexts('', new Set())).toEqual([]);
  });
});

describe('collectCommaNames', () => {
  it('learns comma names from title segments before the headline only', () => {
    const names = collectCommaNames([
      'Greek legislative election, September 2015: Voters return, again.',
      'Rain falls, briefly.',
    ]);
    expect([...names]).toEqual(['Greek legislative election, September 2015']);
  });

  it('looks at every segment of a nested title', () => {
    const names = collectCommaNames([
      'War: Battle of X, 2014: Siege of Y, phase two:  Rome, Italy : falls, again.',
      'A:B, C: D',
    ]);
    expect([...names]).toEqual(['Battle of X, 2014', 'Siege of Y, phase two', 'Rome, Italy', 'A:B, C']);
  });
});

describe('namesWithComma', () => {
  it('picks the names that a context list could split wrongly', () => {
    expect([...namesWithComma(['Iran', 'Greek legislative election, September 2015', 'A,B'])]).toEqual([
      'Greek legislative election, September 2015',
    ]);
  });
});
