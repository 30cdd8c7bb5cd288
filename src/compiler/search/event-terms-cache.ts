/**
 * A build session's events tokenised once each: an unchanged file's parse is the same object
 * from build to build (day-reuse.ts relies on the same), so after an edit only the edited
 * events are tokenised again.
 */
import type { EventId } from '../../bundle/index.ts';
import type { LinkedEvent } from '../link.ts';
import type { ParsedEvent } from '../types.ts';
import { eventTerms, type EventTerms } from './event-terms.ts';

const cache = new WeakMap<ParsedEvent, EventTerms>();

export function eventTermsCached(events: readonly LinkedEvent<ParsedEvent>[]): (id: EventId) => EventTerms | undefined {
  const byId = new Map(events.map((event) => [event.parsed.id, event.parsed]));
  return (id) => {
    const parsed = byId.get(id);
    if (!parsed) return undefined;
    let terms = cache.get(parsed);
    if (!terms) cache.set(parsed, (terms = eventTerms(parsed.title, parsed.body)));
    return terms;
  };
}
