/**
 * Which index terms a query word stands for, and their postings. Round one fetches, in
 * parallel, the shard of every word (up to three for the word being typed, whose completions
 * may span shards) and the overflow files of the frequent ones (index.json names them). A word
 * found nowhere is looked for one typo away, in the shards already read and, only if none there
 * is near, in the other shards of its first three letters (a second look).
 */
import type { QueryClient } from '@tanstack/react-query';
import {
  followBit,
  shardOf,
  weightOf,
  type Postings,
  type SearchIndex,
  type Snippet,
  type TermPostings,
} from '../../bundle/index.ts';
import { loadOverflow, loadShard, type IndexFiles } from './index-files.ts';
import { unionBest, unionFollows, type Follows, type Scored } from './rank.ts';
import { isNearMiss, KEPT_PREFIX, MIN_CORRECTED_LENGTH } from './spelling.ts';

/** A prefix reads at most this many shards; its frequent completions count with their top postings. */
const PREFIX_SHARDS = 3;
/** Shorter prefixes begin too many words to be worth completing: they match as whole words. */
const MIN_PREFIX = 3;
/** A completion or a correction counts for less than the word as typed. */
const PREFIX_FACTOR = 0.8;
const CORRECTION_FACTOR = 0.7;
const LAST = '\uffff';
/** A word in more than this share of events is left out when the query has rarer words. */
const COMMON_SHARE = 0.2;
/** A word being typed fetches ahead the overflow of a frequent completion in at most this share. */
const AHEAD_SHARE = 0.1;

export interface WordMatch {
  word: string;
  /** The index terms it matched (itself, completions, or spellings one typo away). */
  terms: string[];
  postings: Scored;
  /** Per event, the bits of the words that follow it there (for phrases). */
  follows: Follows;
  /** The bits its terms set in the follow byte of the word before them. */
  bits: number;
  /** In nearly every event, beside rarer words: not required, and its long list not fetched. */
  common: boolean;
  /** The titles carried by the shards read for it, by ordinal. */
  titles: Array<ReadonlyMap<number, Snippet>>;
}

function shardRange(index: SearchIndex, from: string, to: string): number[] {
  const first = shardOf(index, from);
  const last = Math.min(shardOf(index, to), first + PREFIX_SHARDS - 1);
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}

/** Where `term` is, or would be, among the frequent terms. */
function frequentFrom(index: SearchIndex, term: string): number {
  let lo = 0;
  let hi = index.overflow.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.overflow[mid][0] < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function overflowIndex(index: SearchIndex, term: string): number {
  const i = frequentFrom(index, term);
  return index.overflow[i]?.[0] === term ? i : -1;
}

/**
 * The one frequent term a word being typed may become, if it may become only one and that term
 * is not in too many events (its overflow file is worth fetching ahead): -1 otherwise.
 */
function soleFrequentCompletion(index: SearchIndex, prefix: string): number {
  const i = frequentFrom(index, prefix + '\0');
  const [term, df] = index.overflow[i] ?? [''];
  const next = index.overflow[i + 1]?.[0] ?? '';
  const sole = term.startsWith(prefix) && !next.startsWith(prefix);
  return sole && df <= index.eventCount * AHEAD_SHARE ? i : -1;
}

export async function findWords(
  client: QueryClient,
  files: IndexFiles,
  words: readonly string[],
  prefixLast: boolean,
): Promise<WordMatch[]> {
  const { index } = files;
  const weights = Float32Array.from({ length: 256 }, (_, impact) => weightOf(impact, index.maxWeight));
  const overflows = new Map<string, Promise<Postings>>();
  const isCommon = (word: string) =>
    (index.overflow[overflowIndex(index, word)]?.[1] ?? 0) > index.eventCount * COMMON_SHARE;
  const allCommon = words.every(isCommon);
  const plans = words.map((word, i) => {
    const prefix = prefixLast && i === words.length - 1 && word.length >= MIN_PREFIX;
    const common = !allCommon && isCommon(word);
    const frequent = overflowIndex(index, word);
    if (!common && frequent >= 0) overflows.set(word, loadOverflow(client, files, frequent));
    // Its one frequent completion is what the word most likely ends as: the overflow file that
    // will then need is fetched in this round, and not waited for.
    const ahead = prefix ? soleFrequentCompletion(index, word) : -1;
    if (ahead >= 0) loadOverflow(client, files, ahead).catch(() => undefined);
    const shards = prefix ? shardRange(index, word, word + LAST) : [shardOf(index, word)];
    return { word, prefix, common, shards: Promise.all(shards.map((s) => loadShard(client, files, s))) };
  });

  const postingsOf = async (entry: TermPostings, factor: number): Promise<[Scored, Follows]> => {
    const rest = await overflows.get(entry.term);
    const ordinals = rest ? mergeSorted(entry.ordinals, rest.ordinals) : entry.ordinals;
    const impacts = rest ? mergeBy(entry.ordinals, entry.impacts, rest.ordinals, rest.impacts) : entry.impacts;
    const masks = rest ? mergeBy(entry.ordinals, entry.follows, rest.ordinals, rest.follows) : entry.follows;
    return [
      { ordinals, scores: Float32Array.from(impacts, (impact) => weights[impact] * factor) },
      { ordinals, masks },
    ];
  };

  return Promise.all(
    plans.map(async ({ word, prefix, common, shards }): Promise<WordMatch> => {
      const read = await shards;
      const loaded = read.flatMap((shard) => shard.terms);
      let found = loaded.filter((entry) => entry.term === word || (prefix && entry.term.startsWith(word)));
      let factor = (entry: TermPostings): number => (entry.term === word ? 1 : PREFIX_FACTOR);
      if (found.length === 0 && word.length >= MIN_CORRECTED_LENGTH) {
        // Spellings one typo away sort near the word: the shards already read usually hold them,
        // and only when they do not are the other shards of its first letters read.
        found = loaded.filter((entry) => isNearMiss(word, entry.term, prefix));
        if (found.length === 0) {
          const start = word.slice(0, KEPT_PREFIX);
          const near = await Promise.all(
            shardRange(index, start, start + LAST).map((s) => loadShard(client, files, s)),
          );
          read.push(...near);
          found = near.flatMap((shard) => shard.terms).filter((entry) => isNearMiss(word, entry.term, prefix));
        }
        factor = () => CORRECTION_FACTOR;
        // A finished word's correction counts every event, at a round more; one still being typed
        // counts a frequent spelling's top postings, as a completion does, and stays in two rounds.
        for (const entry of found)
          if (entry.df > entry.ordinals.length && !common && !prefix)
            overflows.set(entry.term, loadOverflow(client, files, overflowIndex(index, entry.term)));
      }
      const lists = await Promise.all(found.map((entry) => postingsOf(entry, factor(entry))));
      return {
        word,
        terms: found.map((entry) => entry.term),
        postings: unionBest(lists.map(([scored]) => scored)),
        follows: unionFollows(lists.map(([, follows]) => follows)),
        bits: found.reduce((bits, entry) => bits | followBit(entry.term), 0),
        common,
        titles: read.map((shard) => shard.titles),
      };
    }),
  );
}

function mergeSorted(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out.sort();
}

/** The bytes (impacts, follow bytes) of two disjoint sorted lists, in the order of their merge. */
function mergeBy(a: Uint32Array, aImpacts: Uint8Array, b: Uint32Array, bImpacts: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  let [i, j] = [0, 0];
  for (let k = 0; k < out.length; k++) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) out[k] = aImpacts[i++];
    else out[k] = bImpacts[j++];
  }
  return out;
}
