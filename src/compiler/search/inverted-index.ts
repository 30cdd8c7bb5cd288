/**
 * The inverted index of the whole corpus, with each posting's BM25 weight. Pure.
 *
 * Built in two passes over the events (count, then fill) into flat typed arrays, one slice per
 * term: at 150,000 events that is some 20 million postings, which as one array per term would
 * take several times the memory.
 */
import type { EventId } from '../../bundle/index.ts';
import { eachFollowed, TAG_WEIGHT } from './event-terms.ts';
import type { TermVisitor } from './packed-terms.ts';
import type { TermDictionary } from './term-dictionary.ts';

/** BM25's usual constants: term-frequency saturation and length normalisation. */
const K1 = 1.2;
const B = 0.75;

export interface IndexedEvent {
  id: EventId;
  tags: Iterable<string>;
}

export interface InvertedIndex {
  /** Sorted (by UTF-16 code units, as the app compares them). */
  terms: string[];
  /** Postings of terms[t] are at starts[t] .. starts[t + 1]. */
  starts: Uint32Array;
  ordinals: Uint32Array;
  weights: Float32Array;
  /** Each posting's follow byte (see bundle/search-format.ts). */
  follows: Uint8Array;
  maxWeight: number;
}

/** `events` in ordinal order; `visit` gives each one's title and body terms. */
export function invertedIndex(
  events: readonly IndexedEvent[],
  visit: TermVisitor,
  dictionary: TermDictionary,
): InvertedIndex {
  let counts = new Uint32Array(Math.max(dictionary.size, 1 << 16));
  let seenIn = new Int32Array(counts.length).fill(-1);
  const tagTerms = new Map<string, Array<[id: number, follows: number]>>();
  const lengths = new Float64Array(events.length);

  /** Every (term id, weight, follow byte) of an event, a term repeated when both text and a tag have it. */
  const eachTerm = (event: IndexedEvent, take: (id: number, weight: number, follows: number) => void) => {
    visit(event.id, take);
    for (const tag of event.tags) {
      let terms = tagTerms.get(tag);
      if (!terms) tagTerms.set(tag, (terms = tagTermsOf(tag, dictionary)));
      for (const [id, follows] of terms) take(id, TAG_WEIGHT, follows);
    }
  };

  // Tag terms join the dictionary as they are met, so the counts grow with it.
  const fit = (size: number) => {
    while (size > counts.length) [counts, seenIn] = [grow(counts, 0), grow(seenIn, -1)];
  };
  events.forEach((event, ordinal) =>
    eachTerm(event, (id, weight) => {
      fit(id + 1);
      lengths[ordinal] += weight;
      if (seenIn[id] !== ordinal) {
        seenIn[id] = ordinal;
        counts[id]++;
      }
    }),
  );

  const names = dictionary.names;
  fit(names.length);
  const starts = new Uint32Array(names.length + 1);
  for (let id = 0; id < names.length; id++) starts[id + 1] = starts[id] + counts[id];
  const total = starts[names.length];
  const ordinals = new Uint32Array(total);
  const tf = new Float32Array(total);
  const follows = new Uint8Array(total);
  const cursor = starts.slice(0, names.length);
  seenIn.fill(-1);
  events.forEach((event, ordinal) =>
    eachTerm(event, (id, weight, next) => {
      if (seenIn[id] !== ordinal) {
        seenIn[id] = ordinal;
        ordinals[cursor[id]++] = ordinal;
      }
      tf[cursor[id] - 1] += weight;
      follows[cursor[id] - 1] |= next;
    }),
  );

  const maxWeight = bm25(starts, ordinals, tf, lengths);
  return sortTerms(names, starts, { ordinals, weights: tf, follows }, maxWeight);
}

/**
 * Turns each posting's summed term weight (tf) into its BM25 weight in place; returns the
 * largest. The postings of term t are at starts[t] .. starts[t + 1]; `lengths` per ordinal.
 */
export function bm25(starts: Uint32Array, ordinals: Uint32Array, tf: Float32Array, lengths: Float64Array): number {
  const eventCount = lengths.length;
  const averageLength = lengths.reduce((sum, length) => sum + length, 0) / Math.max(eventCount, 1);
  let maxWeight = 0;
  for (let t = 0; t + 1 < starts.length; t++) {
    const df = starts[t + 1] - starts[t];
    const idf = Math.log(1 + (eventCount - df + 0.5) / (df + 0.5));
    for (let p = starts[t]; p < starts[t + 1]; p++) {
      const norm = K1 * (1 - B + (B * lengths[ordinals[p]]) / averageLength);
      tf[p] = (idf * tf[p] * (K1 + 1)) / (tf[p] + norm);
      maxWeight = Math.max(maxWeight, tf[p]);
    }
  }
  return maxWeight;
}

/** A tag's distinct terms as dictionary ids, each with the bits of the words after it in the tag. */
export function tagTermsOf(tag: string, dictionary: TermDictionary): Array<[number, number]> {
  const follows = new Map<string, number>();
  eachFollowed(tag, (term, next) => follows.set(term, (follows.get(term) ?? 0) | next));
  return [...follows].map(([term, bits]) => [dictionary.idOf(term), bits]);
}

/** The same postings with the terms in sorted order. */
function sortTerms(
  names: string[],
  starts: Uint32Array,
  { ordinals, weights, follows }: Pick<InvertedIndex, 'ordinals' | 'weights' | 'follows'>,
  maxWeight: number,
): InvertedIndex {
  // A session's dictionary keeps terms that no event has any more: they are left out.
  const order = names
    .map((_, id) => id)
    .filter((id) => starts[id + 1] > starts[id])
    .sort((a, b) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0));
  const sortedStarts = new Uint32Array(order.length + 1);
  const sortedOrdinals = new Uint32Array(ordinals.length);
  const sortedWeights = new Float32Array(weights.length);
  const sortedFollows = new Uint8Array(follows.length);
  order.forEach((id, t) => {
    const [from, to] = [starts[id], starts[id + 1]];
    sortedOrdinals.set(ordinals.subarray(from, to), sortedStarts[t]);
    sortedWeights.set(weights.subarray(from, to), sortedStarts[t]);
    sortedFollows.set(follows.subarray(from, to), sortedStarts[t]);
    sortedStarts[t + 1] = sortedStarts[t] + (to - from);
  });
  return {
    terms: order.map((id) => names[id]),
    starts: sortedStarts,
    ordinals: sortedOrdinals,
    weights: sortedWeights,
    follows: sortedFollows,
    maxWeight,
  };
}

function grow<T extends Uint32Array | Int32Array>(array: T, fill: number): T {
  const next = new (array.constructor as new (length: number) => T)(array.length * 2);
  next.fill(fill);
  next.set(array);
  return next;
}
