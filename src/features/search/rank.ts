/**
 * Matching and ranking over postings. Pure. A posting list is sorted by ordinal, each with the
 * BM25 weight of its term in that event; an event's score is the sum over the query's terms.
 */

export interface Scored {
  ordinals: Uint32Array;
  scores: Float32Array;
}

export const EMPTY: Scored = { ordinals: new Uint32Array(0), scores: new Float32Array(0) };

/** A word's follow bytes per event (bits of the words right after it: bundle/search-format.ts). */
export interface Follows {
  ordinals: Uint32Array;
  masks: Uint8Array;
}

/** Events with any of the lists, their bytes or'ed. */
export function unionFollows(lists: readonly Follows[]): Follows {
  if (lists.length === 1) return lists[0];
  const masks = new Map<number, number>();
  for (const list of lists)
    list.ordinals.forEach((ordinal, i) => masks.set(ordinal, (masks.get(ordinal) ?? 0) | list.masks[i]));
  const ordinals = Uint32Array.from(masks.keys()).sort();
  return { ordinals, masks: Uint8Array.from(ordinals, (ordinal) => masks.get(ordinal)!) };
}

/** Keeps the events where the first word is followed by one with any of `bits`: a phrase's word order. */
export function keepFollowed(scored: Scored, first: Follows, bits: number): Scored {
  const keep: number[] = [];
  let j = 0;
  for (let i = 0; i < scored.ordinals.length; i++) {
    const ordinal = scored.ordinals[i];
    while (j < first.ordinals.length && first.ordinals[j] < ordinal) j++;
    if (first.ordinals[j] === ordinal && (first.masks[j] & bits) !== 0) keep.push(i);
  }
  return pick(scored, keep);
}

/** Events with any of the lists (one term's prefix expansions or spellings), each at its best weight. */
export function unionBest(lists: readonly Scored[]): Scored {
  if (lists.length === 0) return EMPTY;
  if (lists.length === 1) return lists[0];
  const best = new Map<number, number>();
  for (const { ordinals, scores } of lists) {
    for (let i = 0; i < ordinals.length; i++) {
      const known = best.get(ordinals[i]);
      if (known === undefined || scores[i] > known) best.set(ordinals[i], scores[i]);
    }
  }
  const ordinals = Uint32Array.from(best.keys()).sort();
  return { ordinals, scores: Float32Array.from(ordinals, (ordinal) => best.get(ordinal)!) };
}

/** Events in both, scores added. */
export function intersectSum(a: Scored, b: Scored): Scored {
  const n = Math.min(a.ordinals.length, b.ordinals.length);
  const ordinals = new Uint32Array(n);
  const scores = new Float32Array(n);
  let [i, j, k] = [0, 0, 0];
  while (i < a.ordinals.length && j < b.ordinals.length) {
    if (a.ordinals[i] < b.ordinals[j]) i++;
    else if (a.ordinals[i] > b.ordinals[j]) j++;
    else {
      ordinals[k] = a.ordinals[i];
      scores[k++] = a.scores[i++] + b.scores[j++];
    }
  }
  return { ordinals: ordinals.slice(0, k), scores: scores.slice(0, k) };
}

/** Every term must match: the rarest first, so the candidates shrink fast. */
export function matchAll(terms: readonly Scored[]): Scored {
  if (terms.length === 0) return EMPTY;
  const bySize = [...terms].sort((a, b) => a.ordinals.length - b.ordinals.length);
  return bySize.slice(1).reduce(intersectSum, bySize[0]);
}

/** Keeps events among `allowed` (sorted ordinals, e.g. a tag filter's) and in [from, to). */
export function restrict(scored: Scored, allowed: Uint32Array | null, from = 0, to = Infinity): Scored {
  const keep: number[] = [];
  let j = 0;
  for (let i = 0; i < scored.ordinals.length; i++) {
    const ordinal = scored.ordinals[i];
    if (ordinal < from || ordinal >= to) continue;
    if (allowed) {
      while (j < allowed.length && allowed[j] < ordinal) j++;
      if (allowed[j] !== ordinal) continue;
    }
    keep.push(i);
  }
  return pick(scored, keep);
}

/** The entries at `keep` (ascending indices). */
function pick(scored: Scored, keep: readonly number[]): Scored {
  if (keep.length === scored.ordinals.length) return scored;
  return {
    ordinals: Uint32Array.from(keep, (i) => scored.ordinals[i]),
    scores: Float32Array.from(keep, (i) => scored.scores[i]),
  };
}

export type SortOrder = 'relevance' | 'date';

/**
 * The first `count` ordinals in the chosen order: by score (ties: newer first), or newest first.
 * Sorting only the events that can make the cut keeps this fast when thousands match.
 */
export function topOrdinals(scored: Scored, count: number, order: SortOrder): number[] {
  const n = scored.ordinals.length;
  if (order === 'date') return Array.from(scored.ordinals.slice(Math.max(0, n - count)).reverse());
  let threshold = -Infinity;
  if (n > count * 4) {
    const sample = Float32Array.from(scored.scores).sort();
    threshold = sample[n - count];
  }
  const indices: number[] = [];
  for (let i = 0; i < n; i++) if (scored.scores[i] >= threshold) indices.push(i);
  indices.sort((a, b) => scored.scores[b] - scored.scores[a] || scored.ordinals[b] - scored.ordinals[a]);
  return indices.slice(0, count).map((i) => scored.ordinals[i]);
}
