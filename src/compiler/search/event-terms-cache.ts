/**
 * A build session's events tokenised once each, as term ids of one dictionary the session keeps:
 * an unchanged file's parse is the same object from build to build (day-reuse.ts relies on the
 * same), so after an edit only the edited events are tokenised again, and the index is rebuilt
 * from typed arrays.
 */
import type { EventId } from '../../bundle/index.ts';
import type { LinkedEvent } from '../link.ts';
import type { ParsedEvent } from '../types.ts';
import { eventTerms } from './event-terms.ts';
import type { TermVisitor } from './packed-terms.ts';
import { TermDictionary } from './term-dictionary.ts';

interface CompactTerms {
  terms: Uint32Array;
  weights: Uint16Array;
  follows: Uint8Array;
}

const dictionary = new TermDictionary();
const cache = new WeakMap<ParsedEvent, CompactTerms>();

export function sessionTerms(events: readonly LinkedEvent<ParsedEvent>[]): {
  dictionary: TermDictionary;
  visit: TermVisitor;
} {
  const byId = new Map(events.map((event) => [event.parsed.id, event.parsed]));
  const visit: TermVisitor = (id: EventId, take) => {
    const parsed = byId.get(id);
    if (!parsed) return;
    let own = cache.get(parsed);
    if (!own) {
      const { terms, weights, follows } = eventTerms(parsed.title, parsed.body);
      own = {
        terms: Uint32Array.from(terms, (term) => dictionary.idOf(term)),
        weights: Uint16Array.from(weights),
        follows: Uint8Array.from(follows),
      };
      cache.set(parsed, own);
    }
    for (let i = 0; i < own.terms.length; i++) take(own.terms[i], own.weights[i], own.follows[i]);
  };
  return { dictionary, visit };
}
