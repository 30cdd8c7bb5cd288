import { describe, expect, it } from 'vitest';
import { FIRST_PAGE, weightOf } from '../../../src/bundle/index.ts';
import { firstPage, shardTitles, titleBudget, TITLE_SHARE } from '../../../src/compiler/search/shard-titles.ts';
import { topOrdinals } from '../../../src/features/search/rank.ts';

describe('firstPage', () => {
  it('is the first page a one-word query shows, ties to the later event', () => {
    // Few distinct impacts, so ties cross the cut; seeded, so the same postings every run.
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647) * 4;
    for (const length of [1, 5, FIRST_PAGE, 40, 500]) {
      const ordinals = Uint32Array.from({ length }, (_, i) => 3 * i + 1);
      const impacts = Uint8Array.from(ordinals, () => 200 + Math.floor(random()));
      const scores = Float32Array.from(impacts, (impact) => weightOf(impact, 12));
      const shown = topOrdinals({ ordinals, scores }, FIRST_PAGE, 'relevance');
      expect(Array.from(firstPage({ ordinals, impacts }))).toEqual(shown);
    }
  });
});

describe('shardTitles', () => {
  const page = (...ordinals: number[]) => Uint32Array.from(ordinals);
  /** Ten bytes a title. */
  const bytes = new Array<number>(10).fill(10);

  it('titles the pages of the terms in most events first, within the budget', () => {
    const shards = [
      [
        { df: 2, page: page(4, 9) },
        { df: 900, page: page(5, 1, 3) },
      ],
      [
        { df: 30, page: page(7, 3) },
        { df: 1, page: page(1) },
      ],
    ];
    // Per shard, in ordinal order; a title both shards need is in both.
    expect(shardTitles(shards, bytes, 50)).toEqual([
      [1, 3, 5],
      [3, 7],
    ]);
    expect(shardTitles(shards, bytes, 70)).toEqual([
      [1, 3, 4, 5, 9],
      [3, 7],
    ]);
    expect(shardTitles(shards, bytes, 80)).toEqual([
      [1, 3, 4, 5, 9],
      [1, 3, 7],
    ]);
  });

  it('skips a page that does not fit, and fits smaller ones after it', () => {
    const shards = [
      [
        { df: 900, page: page(0, 1, 2) },
        { df: 2, page: page(0, 9) },
        { df: 1, page: page(2) },
      ],
    ];
    expect(shardTitles(shards, bytes, 25)).toEqual([[0, 9]]);
    expect(shardTitles(shards, bytes, 0)).toEqual([[]]);
  });

  it('may spend a share of all titles', () => {
    expect(titleBudget(bytes)).toBe(100 * TITLE_SHARE);
  });
});
