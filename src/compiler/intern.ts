/**
 * One copy of each repeated string. Each related id and title is repeated in every event that
 * links to it, and events arrive from the parse workers as fresh copies; at 150,000 events the
 * copies were hundreds of megabytes on the main thread.
 */
import type { LinkInput } from './types.ts';

/** One copy of each id (and contexts text); an id keeps the first related title seen for it. */
export type SharedStrings = Map<string, { value: string; title?: string }>;

/**
 * Replaces the event's ids, titles and contexts with the pool's copies, adding new ones. An
 * event's own id joins the same pool, so linking finds a target by comparing one string with
 * itself. Titles are looked up by their id, which spares hashing every title.
 */
export function share<E extends LinkInput>(event: E, pool: SharedStrings): E {
  event.id = pooled(event.id, pool).value;
  for (const entry of event.related as Array<E['related'][number] & { title?: string }>) {
    const target = pooled(entry.id, pool);
    entry.id = target.value;
    if (entry.title !== undefined) {
      target.title ??= entry.title;
      if (entry.title === target.title) entry.title = target.title;
    }
    entry.contexts = pooled(entry.contexts, pool).value;
  }
  return event;
}

function pooled(value: string, pool: SharedStrings): { value: string; title?: string } {
  let known = pool.get(value);
  if (!known) pool.set(value, (known = { value }));
  return known;
}
