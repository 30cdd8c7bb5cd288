/**
 * A build session's search index (the dev server): each linked event's terms (title, body and
 * tags, merged) are kept as term ids of one dictionary the session keeps. An unchanged event is
 * the same linked object from build to build (relink.ts replaces only the events a change
 * reaches), so after an edit only the edited events are tokenised again, and the index is laid
 * out from typed arrays in two tight passes, straight into sorted term order: the same index
 * invertedIndex() makes from scratch, in a fraction of its time.
 */
import type { EventId } from '../../bundle/index.ts';
import type { LinkedEvent } from '../link.ts';
import type { ParsedEvent } from '../types.ts';
import { eventTerms, TAG_WEIGHT } from './event-terms.ts';
import { bm25, tagTermsOf, type InvertedIndex } from './inverted-index.ts';
import { OverflowReuse } from './overflow-reuse.ts';
import type { TermVisitor } from './packed-terms.ts';
import { TermDictionary } from './term-dictionary.ts';

const dictionary = new TermDictionary();
/** Per linked event: its n distinct term ids, then n words of (summed weight << 8 | follow byte). */
const cache = new WeakMap<LinkedEvent<ParsedEvent>, Uint32Array>();
const tagTerms = new Map<string, Array<[number, number]>>();
const overflow = new OverflowReuse();
/** Every dictionary id in term order; the ids below `sorted.length` are in it. */
let sorted: number[] = [];
/** Scratch: where a term id sits in the event being merged, or -1. */
let slot: Int32Array = new Int32Array(0);

export function sessionTerms(events: readonly LinkedEvent<ParsedEvent>[]): {
  dictionary: TermDictionary;
  visit: TermVisitor;
  index: () => InvertedIndex;
  overflow: OverflowReuse;
} {
  // Made on first use only: a build takes the index, and a 150,000-entry map costs 0.1-0.4 s.
  let byId: Map<EventId, ParsedEvent> | undefined;
  const visit: TermVisitor = (id: EventId, take) => {
    byId ??= new Map(events.map((event) => [event.parsed.id, event.parsed]));
    const parsed = byId.get(id);
    if (!parsed) return;
    const { terms, weights, follows } = eventTerms(parsed.title, parsed.body);
    terms.forEach((term, i) => take(dictionary.idOf(term), weights[i], follows[i]));
  };
  return { dictionary, visit, index: () => sessionIndex(events), overflow };
}

function sessionIndex(events: readonly LinkedEvent<ParsedEvent>[]): InvertedIndex {
  const own = events.map(termsOf);
  const size = dictionary.size;
  const counts = new Uint32Array(size);
  const lengths = new Float64Array(events.length);
  own.forEach((packed, ordinal) => {
    const n = packed.length >> 1;
    let length = 0;
    for (let i = 0; i < n; i++) {
      counts[packed[i]]++;
      length += packed[n + i] >>> 8;
    }
    lengths[ordinal] = length;
  });

  // Terms no event has any more stay in the dictionary but are left out here.
  const terms: string[] = [];
  const next = new Uint32Array(size);
  const starts = [0];
  for (const id of sortedIds()) {
    if (counts[id] === 0) continue;
    next[id] = starts.at(-1)!;
    terms.push(dictionary.names[id]);
    starts.push(next[id] + counts[id]);
  }
  const total = starts.at(-1)!;
  const ordinals = new Uint32Array(total);
  const tf = new Float32Array(total);
  const follows = new Uint8Array(total);
  own.forEach((packed, ordinal) => {
    const n = packed.length >> 1;
    for (let i = 0; i < n; i++) {
      const at = next[packed[i]]++;
      ordinals[at] = ordinal;
      tf[at] = packed[n + i] >>> 8;
      follows[at] = packed[n + i] & 0xff;
    }
  });
  const startArray = Uint32Array.from(starts);
  const maxWeight = bm25(startArray, ordinals, tf, lengths);
  return { terms, starts: startArray, ordinals, weights: tf, follows, maxWeight };
}

/** An event's merged terms: a term in both the text and a tag (or in two tags) sums its weights. */
function termsOf(event: LinkedEvent<ParsedEvent>): Uint32Array {
  let packed = cache.get(event);
  if (packed) return packed;
  const ids: number[] = [];
  const words: number[] = [];
  const add = (id: number, weight: number, follows: number) => {
    if (id >= slot.length) slot = grown(slot, id);
    const at = slot[id];
    if (at < 0) {
      slot[id] = ids.push(id) - 1;
      words.push(weight * 256 + follows);
    } else words[at] = ((words[at] >>> 8) + weight) * 256 + ((words[at] & 0xff) | follows);
  };
  const text = eventTerms(event.parsed.title, event.parsed.body);
  text.terms.forEach((term, i) => add(dictionary.idOf(term), text.weights[i], text.follows[i]));
  for (const tag of event.tags) {
    let terms = tagTerms.get(tag);
    if (!terms) tagTerms.set(tag, (terms = tagTermsOf(tag, dictionary)));
    for (const [id, follows] of terms) add(id, TAG_WEIGHT, follows);
  }
  for (const id of ids) slot[id] = -1;
  packed = Uint32Array.from([...ids, ...words]);
  cache.set(event, packed);
  return packed;
}

/** The dictionary's ids in term order (by UTF-16 code units, as the app compares terms). */
function sortedIds(): number[] {
  const { names } = dictionary;
  if (sorted.length === names.length) return sorted;
  const byName = (a: number, b: number) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0);
  const added = Array.from({ length: names.length - sorted.length }, (_, i) => sorted.length + i).sort(byName);
  const merged: number[] = [];
  let i = 0;
  for (const id of added) {
    while (i < sorted.length && byName(sorted[i], id) < 0) merged.push(sorted[i++]);
    merged.push(id);
  }
  sorted = merged.concat(sorted.slice(i));
  return sorted;
}

function grown(array: Int32Array, id: number): Int32Array {
  const next = new Int32Array(Math.max(1024, (id + 1) * 2)).fill(-1);
  next.set(array);
  return next;
}
