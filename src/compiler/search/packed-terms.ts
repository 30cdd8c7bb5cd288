/**
 * A day batch's terms as they cross from a parse worker to the main thread: one string table
 * and two flat number arrays, which a structured clone copies far faster than an object per
 * event (see day-batches.ts for the same reason with related links).
 */
import type { EventId } from '../../bundle/index.ts';
import type { EventTerms } from './event-terms.ts';
import type { TermDictionary } from './term-dictionary.ts';

export interface PackedTerms {
  ids: EventId[];
  /** The batch's distinct terms. */
  terms: string[];
  /** (index into terms, weight, follow byte) triples, event after event. */
  triples: Uint32Array;
  /** Where each event's triples end (in triples, not numbers). */
  ends: Uint32Array;
}

export function packTerms(events: ReadonlyArray<{ id: EventId; terms: EventTerms }>): PackedTerms {
  const indexOf = new Map<string, number>();
  const terms: string[] = [];
  const triples: number[] = [];
  const ends = new Uint32Array(events.length);
  events.forEach(({ terms: own }, e) => {
    own.terms.forEach((term, i) => {
      let index = indexOf.get(term);
      if (index === undefined) indexOf.set(term, (index = terms.push(term) - 1));
      triples.push(index, own.weights[i], own.follows[i]);
    });
    ends[e] = triples.length / 3;
  });
  return { ids: events.map((event) => event.id), terms, triples: Uint32Array.from(triples), ends };
}

/** Calls `visit` with each term (as its dictionary id) of an event, by id. */
export type TermVisitor = (id: EventId, visit: (term: number, weight: number, follows: number) => void) => void;

/** Over the batches a one-off build's workers sent: each batch's terms looked up once. */
export function visitPacked(batches: readonly PackedTerms[], dictionary: TermDictionary): TermVisitor {
  const where = new Map<EventId, [Uint32Array, PackedTerms, number]>();
  for (const batch of batches) {
    const ids = Uint32Array.from(batch.terms, (term) => dictionary.idOf(term));
    batch.ids.forEach((id, i) => where.set(id, [ids, batch, i]));
  }
  return (id, visit) => {
    const found = where.get(id);
    if (!found) return;
    const [ids, batch, i] = found;
    const { triples } = batch;
    for (let p = i === 0 ? 0 : batch.ends[i - 1]; p < batch.ends[i]; p++)
      visit(ids[triples[3 * p]], triples[3 * p + 1], triples[3 * p + 2]);
  };
}
