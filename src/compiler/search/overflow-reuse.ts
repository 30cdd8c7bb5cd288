/**
 * A frequent term's split in a build session (the dev server): its top postings and its
 * deflated overflow file depend on its postings alone, and after an edit most frequent terms'
 * postings (ordinals, impact and follow bytes) are byte for byte the last build's, so both are
 * kept rather than split, encoded, hashed and looked up again (16 of the index's 19.5 MB at
 * 150,000 events are overflow postings).
 */
import { Buffer } from 'node:buffer';
import type { Postings } from '../../bundle/search-format.ts';

interface Split {
  all: Postings;
  top: Postings;
  overflow: Uint8Array;
}

export class OverflowReuse {
  private last = new Map<string, Split>();
  private next = new Map<string, Split>();

  /** The last build's split of `term`, if its postings are the same bytes. */
  kept(term: string, all: Postings): Split | undefined {
    const split = this.last.get(term);
    return split &&
      sameBytes(split.all.ordinals, all.ordinals) &&
      sameBytes(split.all.impacts, all.impacts) &&
      sameBytes(split.all.follows, all.follows)
      ? split
      : undefined;
  }

  remember(term: string, split: Split): void {
    this.next.set(term, split);
  }

  /** Once a build's index is made: its splits are the ones the next build compares with. */
  done(): void {
    this.last = this.next;
    this.next = new Map();
  }
}

function sameBytes(a: Uint32Array | Uint8Array, b: Uint32Array | Uint8Array): boolean {
  return (
    a.length === b.length &&
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength))
  );
}
