/**
 * Term shards and overflow files (layout in search-format.ts): written by the compiler, read by
 * the app.
 */
import { ByteReader, type ByteWriter, type Postings, type Snippet, type TermPostings } from './search-format.ts';

/** A term shard as read: its terms in sorted order, and the titles it carries by ordinal. */
export interface TermShard {
  terms: TermPostings[];
  titles: ReadonlyMap<number, Snippet>;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Encodes one term's shard entry; `previous` is the last term's UTF-8 bytes. */
export function writeTermEntry(out: ByteWriter, previous: Uint8Array, term: TermPostings): Uint8Array {
  const bytes = encoder.encode(term.term);
  let shared = 0;
  while (shared < bytes.length && shared < previous.length && bytes[shared] === previous[shared]) shared++;
  out.varint(shared);
  out.varint(bytes.length - shared);
  out.raw(bytes.subarray(shared));
  out.varint(term.df);
  out.varint(term.ordinals.length);
  out.postings(term);
  return bytes;
}

/** Encodes the titles that follow a shard's terms; `titles` in ordinal order. */
export function writeShardTitles(out: ByteWriter, titles: ReadonlyArray<[number, Snippet]>): void {
  out.varint(titles.length);
  let previous = 0;
  for (const [ordinal, snippet] of titles) {
    out.varint(ordinal - previous);
    previous = ordinal;
    out.text(snippet[0]);
    out.text(snippet[1]);
  }
}

export function readTermShard(bytes: Uint8Array): TermShard {
  const reader = new ByteReader(bytes);
  const count = reader.varint();
  const terms: TermPostings[] = [];
  let previous = new Uint8Array(0);
  for (let i = 0; i < count; i++) {
    const shared = reader.varint();
    const length = reader.varint();
    const current = new Uint8Array(shared + length);
    current.set(previous.subarray(0, shared));
    current.set(bytes.subarray(reader.at, reader.at + length), shared);
    reader.at += length;
    previous = current;
    const df = reader.varint();
    terms.push({ term: decoder.decode(current), df, ...reader.postings(reader.varint()) });
  }
  const titles = new Map<number, Snippet>();
  let ordinal = 0;
  for (let i = reader.varint(); i > 0; i--) {
    ordinal += reader.varint();
    titles.set(ordinal, [reader.text(), reader.text()]);
  }
  return { terms, titles };
}

export function readOverflow(bytes: Uint8Array): Postings {
  const reader = new ByteReader(bytes);
  return reader.postings(reader.varint());
}
