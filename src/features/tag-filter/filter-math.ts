/**
 * The tag filter as pure functions over sorted ordinal lists. They run in a worker
 * (filter.worker.ts) because a popular tag at 150k events is tens of thousands of ordinals.
 */
import { bisectLeft } from 'd3-array';
import type { MatchMode } from '../../lib/url-state.ts';

/** Postings are stored as a first ordinal followed by gaps. */
export function decodeDeltas(deltas: ArrayLike<number>): Uint32Array {
  const out = new Uint32Array(deltas.length);
  let value = 0;
  for (let i = 0; i < deltas.length; i++) {
    value += deltas[i];
    out[i] = value;
  }
  return out;
}

export function intersectSorted(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(Math.min(a.length, b.length));
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else {
      out[n++] = a[i];
      i++;
      j++;
    }
  }
  return out.slice(0, n);
}

export function unionSorted(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) out[n++] = a[i++];
    else if (i >= a.length || b[j] < a[i]) out[n++] = b[j++];
    else {
      out[n++] = a[i];
      i++;
      j++;
    }
  }
  return out.slice(0, n);
}

/** Combines each tag's ordinals: all-of intersects (smallest first, so it shrinks fast), any-of unites. */
export function combinePostings(lists: Uint32Array[], mode: MatchMode): Uint32Array {
  if (lists.length === 0) return new Uint32Array(0);
  if (mode === 'all') {
    const bySize = [...lists].sort((a, b) => a.length - b.length);
    return bySize.slice(1).reduce(intersectSorted, bySize[0]);
  }
  return lists.slice(1).reduce(unionSorted, lists[0]);
}

/**
 * Matched events per day, from ordinals and the corpus's per-day prefix sums
 * (`dayPrefix[i]` = ordinal of the first event on day firstDay + i).
 */
export function matchedDayCounts(ordinals: Uint32Array, dayPrefix: ArrayLike<number>): Uint32Array {
  const days = dayPrefix.length - 1;
  const counts = new Uint32Array(Math.max(days, 0));
  let day = 0;
  for (let i = 0; i < ordinals.length; i++) {
    while (day < days - 1 && dayPrefix[day + 1] <= ordinals[i]) day++;
    counts[day]++;
  }
  return counts;
}

/** 1 for each loaded event (sorted ordinals) that is among the matched ordinals. */
export function matchFlags(loaded: Uint32Array, matched: Uint32Array): Uint8Array {
  const flags = new Uint8Array(loaded.length);
  if (loaded.length === 0 || matched.length === 0) return flags;
  let j = bisectLeft(matched, loaded[0]);
  for (let i = 0; i < loaded.length && j < matched.length; i++) {
    while (j < matched.length && matched[j] < loaded[i]) j++;
    if (matched[j] === loaded[i]) flags[i] = 1;
  }
  return flags;
}
