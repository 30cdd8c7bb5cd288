/**
 * The search index in the bundle: a term-sharded static index, read a few small files per query.
 *
 * Layout, below the folder of `Manifest.search` (`search/<generation>/`, where the generation is a
 * hash of everything in it, so every file in it is immutable like the hashed ones elsewhere):
 *   index.json      SearchIndex: the shards' first terms and the frequent terms; loaded once
 *   t/<i>.bin       term shard i: about SHARD_BYTES of terms in sorted order with their postings
 *   o/<i>.bin       the postings of frequent term i (SearchIndex.overflow[i]) not kept in its shard
 * and, in a folder of their own (SearchIndex.snippets), also named by their hash:
 *   s/<i>.bin       snippets of events i * SNIPPETS_PER_FILE ...: JSON, [slug, title] per event,
 *                   the slug '' when slugFromTitle(title) gives it (most events: half the bytes),
 *                   deflated (raw DEFLATE, RFC 1951): titles are the bulk of the index, and a
 *                   `.bin` name keeps hosts from adding or stripping a Content-Encoding
 *
 * A term shard is a sequence of varints (7 bits a byte, low first, high bit = more):
 *   termCount, then per term: shared (UTF-8 bytes shared with the previous term), suffix byte
 *   length, the suffix bytes, df (events with the term), n (postings that follow), then n
 *   postings as (ordinal gap from the previous posting, first from 0), one impact byte and one
 *   follow byte. A term with df > n is frequent: its n postings are its highest-impact ones, the
 *   others are in its overflow file (count, then postings as above). Shards and overflow files
 *   are deflated like the snippets (postings shrink to two thirds).
 * After the terms, the shard's titles: titleCount, then per event in ordinal order: ordinal gap
 *   (first from 0) and its snippet (as in s/) as two strings, each a UTF-8 byte length and the
 *   bytes. They are the first pages (each term's FIRST_PAGE postings by impact, ties to the later
 *   event, as a one-word query ranks them) of the shard's terms: every term's in a corpus with a
 *   small vocabulary, else those of the terms in most events, within a share of all the titles'
 *   bytes (the compiler's TITLE_SHARE). A one-word query, or a prefix (whose first page is among
 *   its completions'), finds its titles in the shards it read and skips the second round of
 *   requests; any other result's title comes from its snippet file.
 *
 * The follow byte is a one-byte Bloom filter of the terms that come right after the term in the
 * event: bit followBit(next) for each place it occurs. A phrase "a b" keeps the events whose
 * posting of a has b's bit, which checks word order without positions: never a miss, and a
 * false match only where a is followed by another word with the same bit (1 in 8 per place).
 *
 * The impact byte is the term's BM25 weight in the event, quantised on a log scale:
 * weight = exp(impact / 255 * log1p(maxWeight)) - 1. An event's score is the sum of its terms'.
 */

import { slugFromTitle } from './slug.ts';

export const SEARCH_VERSION = 3;
/** Results are ranked across the whole corpus, so a page of them touches many files: keep them small. */
export const SNIPPETS_PER_FILE = 16;
/**
 * Results shown at first (about what the panel shows at 1440x900), and how many of each term's
 * top postings a shard carries the titles of.
 */
export const FIRST_PAGE = 6;

export interface SearchIndex {
  version: typeof SEARCH_VERSION;
  eventCount: number;
  /** The largest BM25 weight of any posting, for decoding impact bytes. */
  maxWeight: number;
  /** First term of each shard, in order: term t lives in the last shard whose first term <= t. */
  shards: string[];
  /** Frequent terms (sorted), each with its df; overflow file i belongs to overflow[i]. */
  overflow: Array<[string, number]>;
  /** The snippet files' folder (relative to the data root, trailing slash): a folder of its own,
   *  so an edit that changes no title keeps it. */
  snippets: string;
}

/** An event's [slug, title] as search results need it ('' slug: see snippetSlug). */
export type Snippet = [slug: string, title: string];
/** The snippets of a snippet file's events, in ordinal order. */
export type SnippetFile = Snippet[];

export function snippetOf(slug: string, title: string): Snippet {
  return [slug === slugFromTitle(title) ? '' : slug, title];
}

export function snippetSlug([slug, title]: Snippet): string {
  return slug === '' ? slugFromTitle(title) : slug;
}

/** Postings in ordinal order, with each one's impact and follow byte. */
export interface Postings {
  ordinals: Uint32Array;
  impacts: Uint8Array;
  follows: Uint8Array;
}

export interface TermPostings extends Postings {
  term: string;
  df: number;
}

/** The bit a term sets in the follow byte of the term before it (FNV-1a over its UTF-16 units). */
export function followBit(term: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) hash = Math.imul(hash ^ term.charCodeAt(i), 0x01000193);
  return 1 << (hash >>> 29);
}

export function shardPath(i: number): string {
  return `t/${i}.bin`;
}
export function overflowPath(i: number): string {
  return `o/${i}.bin`;
}
export function snippetPath(ordinal: number): string {
  return `s/${Math.floor(ordinal / SNIPPETS_PER_FILE)}.bin`;
}

export function weightOf(impact: number, maxWeight: number): number {
  return Math.expm1((impact / 255) * Math.log1p(maxWeight));
}

export function impactOf(weight: number, maxWeight: number): number {
  return Math.max(1, Math.round((Math.log1p(weight) / Math.log1p(maxWeight)) * 255));
}

/** Index of the shard a term (or a prefix's first term) would be in. */
export function shardOf(index: SearchIndex, term: string): number {
  let lo = 0;
  let hi = index.shards.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.shards[mid] <= term) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Growable byte output for the encoder. */
export class ByteWriter {
  private bytes = new Uint8Array(1024);
  length = 0;

  byte(value: number): void {
    if (this.length === this.bytes.length) this.grow(1);
    this.bytes[this.length++] = value;
  }

  varint(value: number): void {
    while (value >= 0x80) {
      this.byte((value & 0x7f) | 0x80);
      value = Math.floor(value / 128);
    }
    this.byte(value);
  }

  /** A string as its UTF-8 byte length and the bytes. */
  text(value: string): void {
    const bytes = encoder.encode(value);
    this.varint(bytes.length);
    this.raw(bytes);
  }

  raw(data: Uint8Array): void {
    this.grow(data.length);
    this.bytes.set(data, this.length);
    this.length += data.length;
  }

  postings({ ordinals, impacts, follows }: Postings): void {
    let previous = 0;
    for (let i = 0; i < ordinals.length; i++) {
      this.varint(ordinals[i] - previous);
      this.byte(impacts[i]);
      this.byte(follows[i]);
      previous = ordinals[i];
    }
  }

  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }

  private grow(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const next = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }
}

export class ByteReader {
  at = 0;
  constructor(readonly bytes: Uint8Array) {}

  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.bytes[this.at++];
      if (byte === undefined) throw new Error('search index file ends early');
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
    }
  }

  text(): string {
    const length = this.varint();
    if (this.at + length > this.bytes.length) throw new Error('search index file ends early');
    this.at += length;
    return decoder.decode(this.bytes.subarray(this.at - length, this.at));
  }

  postings(count: number): Postings {
    const ordinals = new Uint32Array(count);
    const impacts = new Uint8Array(count);
    const follows = new Uint8Array(count);
    let previous = 0;
    for (let i = 0; i < count; i++) {
      previous += this.varint();
      ordinals[i] = previous;
      impacts[i] = this.bytes[this.at++];
      follows[i] = this.bytes[this.at++];
    }
    return { ordinals, impacts, follows };
  }
}
