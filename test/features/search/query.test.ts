import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/features/search/query.ts';

describe('parseQuery', () => {
  it('folds words and matches the last one as a prefix while it is being typed', () => {
    expect(parseQuery('Lehman Bro')).toEqual({ terms: ['lehman', 'bro'], prefixLast: true, phrases: [] });
    expect(parseQuery('lehman ').prefixLast).toBe(false);
  });

  it('reads words in double quotes as a phrase, closed or still open', () => {
    expect(parseQuery('"Hong Kong" protests')).toEqual({
      terms: ['hong', 'kong', 'protests'],
      prefixLast: true,
      phrases: [['hong', 'kong']],
    });
    expect(parseQuery('"black hole"').prefixLast).toBe(false);
    expect(parseQuery('"black ho').phrases).toEqual([['black', 'ho']]);
  });

  it('drops repeats and punctuation', () => {
    expect(parseQuery('Iraq, iraq!').terms).toEqual(['iraq']);
    expect(parseQuery(' -- ').terms).toEqual([]);
  });
});
