/** Typed fixtures for the panels and pages: a related event as join-day.ts makes them. */
import { dayFromIso } from '../../src/bundle/index.ts';
import type { RelatedEntry } from '../../src/lib/data/join-day.ts';

/** A related event `id` (YYYY-MM-DD/slug) titled `title`, in the collection unless told otherwise. */
export function makeRelatedEntry(
  id: string,
  title: string,
  {
    headlineStart = 0,
    inCollection = true,
    contexts = [],
    contextLabels = contexts,
  }: Partial<Omit<RelatedEntry, 'id' | 'day' | 'title'>> = {},
): RelatedEntry {
  return { id, day: dayFromIso(id.slice(0, 10))!, title, headlineStart, inCollection, contexts, contextLabels };
}
