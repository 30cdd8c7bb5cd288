import { describe, expect, it } from 'vitest';
import { highlight } from '../../../src/features/search/highlight.ts';

describe('highlight', () => {
  it('marks the words that fold to a matched term, keeping the original spelling', () => {
    expect(highlight('Gilbert Diendéré leads a coup.', new Set(['diendere', 'coup']))).toEqual([
      { text: 'Gilbert ', match: false },
      { text: 'Diendéré', match: true },
      { text: ' leads a ', match: false },
      { text: 'coup', match: true },
      { text: '.', match: false },
    ]);
  });

  it('leaves text with no match whole, markup included, as plain text', () => {
    expect(highlight('<b>Lehman</b>', new Set(['mosul']))).toEqual([{ text: '<b>Lehman</b>', match: false }]);
  });
});
