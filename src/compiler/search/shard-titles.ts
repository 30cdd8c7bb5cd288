/**
 * Which events' titles each term shard carries (layout in bundle/search-format.ts): the first
 * page of results of a term as a one-word query, the terms in most events first, as long as the
 * titles fit in a share of the corpus's titles. Pure.
 */
import { Buffer } from 'node:buffer';
import { FIRST_PAGE, type Postings } from '../../bundle/search-format.ts';

/**
 * The shards' titles take at most this share of the bytes of all the corpus's titles, so the
 * index grows by at most about this share of its snippet files. 150,000 generated events (a
 * small vocabulary) need 9% for every term's first page; real text has many more terms, most in
 * a few events each, and titling every one would triple the titles (sample-corpus/): this keeps
 * that index within 1.5x the gzipped text (docs/search.md).
 */
export const TITLE_SHARE = 0.4;

export interface PagedTerm {
  df: number;
  /** Ordinals of its first page (firstPage). */
  page: Uint32Array;
}

/** What one title costs in a shard: its UTF-8 bytes and their length. */
export function titleBytes(title: string): number {
  return Buffer.byteLength(title) + 1;
}

/**
 * The FIRST_PAGE postings a one-word query shows first (rank.ts's topOrdinals): the highest
 * impacts, of equal ones the later events.
 */
export function firstPage({ ordinals, impacts }: Pick<Postings, 'ordinals' | 'impacts'>): Uint32Array {
  // Indices of the best so far, best first. Postings come in ordinal order, so a later one wins a tie.
  const best: number[] = [];
  for (let i = 0; i < ordinals.length; i++) {
    if (best.length === FIRST_PAGE && impacts[i] < impacts[best[FIRST_PAGE - 1]]) continue;
    let at = best.length;
    while (at > 0 && impacts[best[at - 1]] <= impacts[i]) at--;
    best.splice(at, 0, i);
    if (best.length > FIRST_PAGE) best.pop();
  }
  return Uint32Array.from(best, (i) => ordinals[i]);
}

/** What the shards' titles may take: TITLE_SHARE of all titles' bytes (`bytes`, by ordinal). */
export function titleBudget(bytes: ArrayLike<number>): number {
  let sum = 0;
  for (let ordinal = 0; ordinal < bytes.length; ordinal++) sum += bytes[ordinal];
  return sum * TITLE_SHARE;
}

/**
 * Per shard (given as its terms), the ordinals whose titles it carries, ascending: the first
 * pages of its terms, the terms in most events first (their pages cost the most requests
 * otherwise), skipping any whose titles new to its shard would pass `budget` bytes.
 */
export function shardTitles(
  shards: ReadonlyArray<readonly PagedTerm[]>,
  bytes: ArrayLike<number>,
  budget: number,
): number[][] {
  const order = shards.flatMap((terms, s) => terms.map((term, t) => ({ term, s, t })));
  order.sort((a, b) => b.term.df - a.term.df || a.s - b.s || a.t - b.t);
  const titled = shards.map(() => new Set<number>());
  for (const { term, s } of order) {
    const added = Array.from(term.page).filter((ordinal) => !titled[s].has(ordinal));
    const cost = added.reduce((sum, ordinal) => sum + bytes[ordinal], 0);
    if (cost > budget) continue;
    budget -= cost;
    for (const ordinal of added) titled[s].add(ordinal);
  }
  return titled.map((set) => [...set].sort((a, b) => a - b));
}
