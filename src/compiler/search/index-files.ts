/**
 * The search index's files (layout in bundle/search-format.ts) from the inverted index. Pure
 * but for a build session's `reuse` (same postings, same bytes): returns the files, all under
 * one folder named by their hash, so the same corpus always gives the same bytes and a changed
 * corpus a new folder.
 */
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import {
  ByteWriter,
  impactOf,
  overflowPath,
  SEARCH_VERSION,
  shardPath,
  snippetOf,
  type Postings,
  type SearchIndex,
  type Snippet,
} from '../../bundle/search-format.ts';
import { writeShardTitles, writeTermEntry } from '../../bundle/search-shard.ts';
import type { OutFile } from '../hashed-file.ts';
import type { InvertedIndex } from './inverted-index.ts';
import { deflated } from './deflate-cache.ts';
import type { OverflowReuse } from './overflow-reuse.ts';
import { firstPage, shardTitles, titleBudget, titleBytes, type PagedTerm } from './shard-titles.ts';
import { snippetFiles, type SnippetSource } from './snippet-files.ts';

/** A shard is cut once it holds this many bytes: small enough to fetch per keystroke. */
export const SHARD_BYTES = 24 * 1024;
/** A term in more events than this keeps only its top postings in its shard. */
export const INLINE_POSTINGS = 2048;
/** How many postings (the highest-impact ones) a frequent term keeps in its shard. */
export const TOP_POSTINGS = 128;

/** The files, and the path of index.json (relative to the data root) for the manifest. */
export function searchIndexFiles(
  index: InvertedIndex,
  events: readonly SnippetSource[],
  isPlaced: (path: string) => boolean,
  reuse?: OverflowReuse,
): { files: OutFile[]; path: string } {
  const files: Array<{ path: string; content: Uint8Array }> = [];
  const shards: string[] = [];
  const overflow: Array<[string, number]> = [];
  let shard = new ByteWriter();
  let paged: PagedTerm[] = [];
  let previous: Uint8Array = new Uint8Array(0);
  // Cut shards keep their terms' bytes until all are cut: which titles each carries is chosen over all.
  const cutShards: Array<{ terms: Uint8Array; paged: PagedTerm[] }> = [];
  const cut = () => {
    const out = new ByteWriter();
    out.varint(paged.length);
    out.raw(shard.result());
    cutShards.push({ terms: out.result(), paged });
    shard = new ByteWriter();
    paged = [];
    previous = new Uint8Array(0);
  };

  const impacts = new Uint8Array(index.weights.length);
  for (let p = 0; p < impacts.length; p++) impacts[p] = impactOf(index.weights[p], index.maxWeight);
  index.terms.forEach((term, t) => {
    if (paged.length === 0) shards.push(term);
    const [from, to] = [index.starts[t], index.starts[t + 1]];
    const all: Postings = {
      ordinals: index.ordinals.subarray(from, to),
      impacts: impacts.subarray(from, to),
      follows: index.follows.subarray(from, to),
    };
    let kept = all;
    if (all.ordinals.length > INLINE_POSTINGS) {
      const split = reuse?.kept(term, all) ?? splitOverflow(all);
      reuse?.remember(term, split);
      kept = split.top;
      files.push({ path: overflowPath(overflow.length), content: split.overflow });
      overflow.push([term, all.ordinals.length]);
    }
    previous = writeTermEntry(shard, previous, { term, df: all.ordinals.length, ...kept });
    paged.push({ df: all.ordinals.length, page: firstPage(all) });
    if (shard.length >= SHARD_BYTES) cut();
  });
  if (paged.length > 0) cut();
  const bytes = events.map((event) => titleBytes(event.title));
  const titled = shardTitles(
    cutShards.map((cut) => cut.paged),
    bytes,
    titleBudget(bytes),
  );
  const titleOf = (ordinal: number): [number, Snippet] => [
    ordinal,
    snippetOf(events[ordinal].slug, events[ordinal].title),
  ];
  cutShards.forEach(({ terms }, i) => {
    const out = new ByteWriter();
    out.raw(terms);
    writeShardTitles(out, titled[i].map(titleOf));
    files.push({ path: shardPath(i), content: deflated(out.result()) });
  });

  const snippets = snippetFiles(events, isPlaced);
  const meta: SearchIndex = {
    version: SEARCH_VERSION,
    eventCount: events.length,
    maxWeight: index.maxWeight,
    shards,
    overflow,
    snippets: snippets.folder,
  };
  files.push({ path: 'index.json', content: Buffer.from(JSON.stringify(meta)) });

  const hash = createHash('sha256');
  for (const file of files) hash.update(file.path).update(file.content);
  const folder = `search/${hash.digest('hex').slice(0, 12)}`;
  return {
    files: [
      ...snippets.files,
      ...files.map((file) => ({
        path: `${folder}/${file.path}`,
        content: Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength),
      })),
    ],
    path: `${folder}/index.json`,
  };
}

/** A frequent term's top postings, and its overflow file (the rest) deflated. */
function splitOverflow(all: Postings): { all: Postings; top: Postings; overflow: Uint8Array } {
  const [top, rest] = splitTop(all);
  const out = new ByteWriter();
  out.varint(rest.ordinals.length);
  out.postings(rest);
  return { all, top, overflow: deflated(out.result()) };
}

/**
 * The TOP_POSTINGS highest-impact postings (of equal impacts, the earlier ones) and the rest, each
 * in ordinal order. Impacts are bytes, so counting them finds the lowest impact that makes the cut
 * without sorting the postings of a term in most events.
 */
export function splitTop(all: Postings): [Postings, Postings] {
  const counts = new Uint32Array(256);
  for (const impact of all.impacts) counts[impact]++;
  let lowest = 255;
  let higher = 0;
  while (lowest > 0 && higher + counts[lowest] < TOP_POSTINGS) higher += counts[lowest--];
  let ties = TOP_POSTINGS - higher;
  let [t, r] = [0, 0];
  const top = emptyPostings(TOP_POSTINGS);
  const rest = emptyPostings(all.ordinals.length - TOP_POSTINGS);
  for (let i = 0; i < all.ordinals.length; i++) {
    const impact = all.impacts[i];
    if (impact > lowest || (impact === lowest && ties-- > 0)) copyPosting(all, i, top, t++);
    else copyPosting(all, i, rest, r++);
  }
  return [top, rest];
}

function copyPosting(from: Postings, i: number, to: Postings, at: number): void {
  to.ordinals[at] = from.ordinals[i];
  to.impacts[at] = from.impacts[i];
  to.follows[at] = from.follows[i];
}

function emptyPostings(length: number): Postings {
  return { ordinals: new Uint32Array(length), impacts: new Uint8Array(length), follows: new Uint8Array(length) };
}
