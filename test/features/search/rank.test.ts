import { describe, expect, it } from 'vitest';
import {
  intersectSum,
  keepFollowed,
  matchAll,
  restrict,
  topOrdinals,
  unionBest,
  type Scored,
} from '../../../src/features/search/rank.ts';

/** A posting list from `{ ordinal: score }`, in ordinal order. */
const list = (scoreOf: Record<number, number>): Scored => {
  const entries = Object.entries(scoreOf);
  return {
    ordinals: Uint32Array.from(entries, ([ordinal]) => Number(ordinal)),
    scores: Float32Array.from(entries, ([, score]) => score),
  };
};
const pairs = ({ ordinals, scores }: Scored) => Array.from(ordinals, (ordinal, i) => [ordinal, scores[i]]);

describe('ranking', () => {
  it('matchAll keeps events with every term and adds their weights', () => {
    const lehman = list({ 1: 2, 5: 1, 9: 3 });
    const brothers = list({ 5: 0.5, 9: 0.25, 12: 4 });
    expect(pairs(matchAll([lehman, brothers]))).toEqual([
      [5, 1.5],
      [9, 3.25],
    ]);
    expect(pairs(intersectSum(lehman, list({})))).toEqual([]);
  });

  it('unionBest keeps each event once, at the best weight of its spellings', () => {
    expect(pairs(unionBest([list({ 1: 1, 4: 2 }), list({ 4: 3, 7: 1 })]))).toEqual([
      [1, 1],
      [4, 3],
      [7, 1],
    ]);
  });

  it('restrict keeps events among the allowed ones and inside the ordinal range', () => {
    const scored = list({ 1: 1, 3: 1, 5: 1, 8: 1 });
    expect(Array.from(restrict(scored, Uint32Array.of(3, 4, 8)).ordinals)).toEqual([3, 8]);
    expect(Array.from(restrict(scored, null, 3, 8).ordinals)).toEqual([3, 5]);
  });

  it('topOrdinals orders by score, newer first on ties, or by date, newest first', () => {
    const scored = list({ 1: 1, 2: 5, 3: 5, 4: 0.5, 5: 2 });
    expect(topOrdinals(scored, 3, 'relevance')).toEqual([3, 2, 5]);
    expect(topOrdinals(scored, 2, 'date')).toEqual([5, 4]);
  });

  it('topOrdinals finds the best of many without sorting them all', () => {
    const many = list(Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [i, (i * 7919) % 1000])));
    const top = topOrdinals(many, 5, 'relevance');
    expect(top.map((ordinal) => many.scores[ordinal])).toEqual([999, 998, 997, 996, 995]);
  });

  it('keepFollowed keeps the events whose first word is followed by one with the bits asked for', () => {
    const both = list({ 2: 1, 5: 1, 9: 1 });
    const first = { ordinals: Uint32Array.of(2, 5, 7, 9), masks: Uint8Array.of(0b0100, 0b0011, 0b0100, 0) };
    expect(pairs(keepFollowed(both, first, 0b0100))).toEqual([[2, 1]]);
    expect(pairs(keepFollowed(both, first, 0b0110))).toEqual([
      [2, 1],
      [5, 1],
    ]);
  });
});
