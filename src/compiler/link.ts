/**
 * The whole corpus at once, after every file is parsed: duplicates dropped, titles split into
 * stories, contexts split into names, related links resolved, tags unioned. Pure.
 */
import type { EventId, RelatedEntry } from '../bundle/index.ts';
import { collectCommaNames, splitContexts } from './contexts.ts';
import { splitTitle } from './split-title.ts';
import type { ParsedEvent, Problem } from './types.ts';

/** A related entry as the bundle has it: made once here, serialised as it is. */
export type LinkedRelated = RelatedEntry;

export interface LinkedEvent {
  parsed: ParsedEvent;
  storyPath: string[];
  headlineStart: number;
  /** One per `parsed.related` entry, in the same order. */
  related: LinkedRelated[];
  /** Tag names, unsorted. */
  tags: Set<string>;
}

export interface LinkedCorpus {
  /** In ordinal order: by day, then slug. */
  events: LinkedEvent[];
  duplicates: Problem[];
  /** Related entries whose target is not in the corpus. */
  outsideLinks: number;
}

export function compareEvents(a: { day: number; slug: string }, b: { day: number; slug: string }): number {
  if (a.day !== b.day) return a.day - b.day;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

export function linkCorpus(parsed: readonly ParsedEvent[]): LinkedCorpus {
  const { kept, duplicates } = dropDuplicates(parsed);

  const commaNames = collectCommaNames(kept.map((e) => e.title));
  for (const event of kept) event.relatedCommaNames.forEach((name) => commaNames.add(name));

  // Every context value names a topic, so it is a known story when it leads a title.
  const contextsOf = new Map<string, string[]>();
  const knownStories = new Set<string>();
  for (const event of kept) {
    for (const entry of event.related) {
      let names = contextsOf.get(entry.contexts);
      if (!names) {
        names = splitContexts(entry.contexts, commaNames);
        contextsOf.set(entry.contexts, names);
        names.forEach((name) => knownStories.add(name));
      }
    }
  }

  const indexOf = new Map<EventId, number>();
  const events = kept.map((event, index): LinkedEvent => {
    const { storyPath, headlineStart } = splitTitle(event.title, knownStories);
    indexOf.set(event.id, index);
    return { parsed: event, storyPath, headlineStart, related: [], tags: new Set(storyPath) };
  });

  // The contexts of entries pointing at each event are gathered first and added to its tags
  // afterwards, event by event: adding them straight into 150,000 scattered sets, one name at a
  // time, was most of linking's time.
  const pointedAt: string[][][] = events.map(() => []);
  let outsideLinks = 0;
  for (const event of events) {
    for (const entry of event.parsed.related) {
      const contexts = contextsOf.get(entry.contexts) ?? [];
      const target = indexOf.get(entry.id);
      if (target === undefined) outsideLinks++;
      else pointedAt[target].push(contexts);
      for (const name of contexts) event.tags.add(name);
      event.related.push({ id: entry.id, day: entry.day, title: entry.title, inCollection: target !== undefined, contexts });
    }
  }
  events.forEach((event, index) => {
    for (const contexts of pointedAt[index]) for (const name of contexts) event.tags.add(name);
  });
  return { events, duplicates, outsideLinks };
}

/**
 * One event per id. `2017/05/4/x.md` and `2017/05/04/x.md` are the same event: the copy in the
 * padded folder is kept (then the first by path), the other reported.
 */
function dropDuplicates(parsed: readonly ParsedEvent[]): { kept: ParsedEvent[]; duplicates: Problem[] } {
  const sorted = [...parsed].sort(
    (a, b) =>
      compareEvents(a, b) ||
      Number(b.canonicalFolder) - Number(a.canonicalFolder) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
  );
  const kept: ParsedEvent[] = [];
  const duplicates: Problem[] = [];
  for (const event of sorted) {
    const previous = kept.at(-1);
    if (previous?.id === event.id) {
      duplicates.push({ file: event.file, line: 1, message: `the same event (${event.id}) as ${previous.file}; this copy was skipped` });
    } else kept.push(event);
  }
  return { kept, duplicates };
}
