/**
 * How a batch's result crosses from a worker thread to the main thread. A structured clone
 * writes every key of every object, and 1.5 million related entries were most of what the main
 * thread spent receiving a big tree; so each event's related entries travel as values in one
 * flat array, and the entries are made again on arrival.
 */

export interface Codec<R> {
  pack(result: R): Packed<R>;
  unpack(packed: Packed<R>): R;
}

export interface Packed<R> {
  /** Its events' related lists are empty... */
  result: R;
  /** ...and travel here: how many entries each event had, */
  counts: number[];
  /** and the values of every entry, in order. */
  values: unknown[];
}

/** Which values of a related entry cross, and how the entry is made again from them. */
export interface EntryFields<E> {
  /** Values per entry. */
  width: number;
  write(entry: E, values: unknown[]): void;
  read(values: readonly unknown[], at: number): E;
}

/** `eventsOf` lists the result's events in the same order on both sides. */
export function relatedCodec<R, E>(
  eventsOf: (result: R) => Iterable<{ related: E[] }>,
  fields: EntryFields<E>,
): Codec<R> {
  return {
    pack(result) {
      const counts: number[] = [];
      const values: unknown[] = [];
      for (const event of eventsOf(result)) {
        counts.push(event.related.length);
        for (const entry of event.related) fields.write(entry, values);
        event.related = [];
      }
      return { result, counts, values };
    },
    unpack({ result, counts, values }) {
      let event = 0;
      let at = 0;
      for (const { related } of eventsOf(result)) {
        for (let n = counts[event++]; n > 0; n--, at += fields.width) related.push(fields.read(values, at));
      }
      return result;
    },
  };
}
