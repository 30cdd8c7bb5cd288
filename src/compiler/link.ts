/**
 * The whole corpus at once, after every file is parsed: duplicates dropped, titles split into
 * stories, contexts split into names, related links resolved, tags unioned. Pure.
 */
import { splitContexts, type EventId } from '../bundle/index.ts';
import { collectCommaNames } from './contexts.ts';
import { splitTitle } from './split-title.ts';
import type { LinkInput, Problem } from './types.ts';

/** `E` is what the caller has of each event: a whole parse, or only what linking needs. */
export interface LinkedEvent<E extends LinkInput = LinkInput> {
  parsed: E;
  storyPath: string[];
  headlineStart: number;
  /** Positions in `parsed.related` of the entries whose target is not in the corpus. */
  outside: number[];
  /** Tag names, unsorted. */
  tags: Set<string>;
}

export interface LinkedCorpus<E extends LinkInput = LinkInput> {
  /** In ordinal order: by day, then slug. */
  events: LinkedEvent<E>[];
  duplicates: Problem[];
  /** Related entries whose target is not in the corpus. */
  outsideLinks: number;
}

export function compareEvents(a: { day: number; slug: string }, b: { day: number; slug: string }): number {
  if (a.day !== b.day) return a.day - b.day;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

export function linkCorpus<E extends LinkInput>(parsed: readonly E[]): LinkedCorpus<E> {
  const { kept, duplicates } = keepOnePerId(parsed);

  const commaNames = collectCommaNames(kept.map((e) => e.title));
  for (const event of kept) event.relatedCommaNames.forEach((name) => commaNames.add(name));

  // Every context value names a topic, so it is a known story when it leads a title. Each
  // distinct contexts text is split once; each entry's names are kept in order for below.
  const contextsOf = new Map<string, string[]>();
  const knownStories = new Set<string>();
  const namesOfEntries: string[][] = [];
  for (const event of kept) {
    for (const entry of event.related) {
      let names = contextsOf.get(entry.contexts);
      if (!names) {
        names = splitContexts(entry.contexts, commaNames);
        contextsOf.set(entry.contexts, names);
        names.forEach((name) => knownStories.add(name));
      }
      namesOfEntries.push(names);
    }
  }

  const indexOf = new Map<EventId, number>();
  const events = kept.map((event, index): LinkedEvent<E> => {
    const { storyPath, headlineStart } = splitTitle(event.title, knownStories);
    indexOf.set(event.id, index);
    return { parsed: event, storyPath, headlineStart, outside: [], tags: new Set(storyPath) };
  });

  // The contexts of entries pointing at each event are gathered first and added to its tags
  // afterwards, event by event: adding them straight into 150,000 scattered sets, one name at a
  // time, was most of linking's time.
  const pointedAt: string[][][] = events.map(() => []);
  let outsideLinks = 0;
  let entryIndex = 0;
  for (const event of events) {
    event.parsed.related.forEach((entry, position) => {
      const contexts = namesOfEntries[entryIndex++];
      const target = indexOf.get(entry.id);
      if (target === undefined) event.outside.push(position);
      else pointedAt[target].push(contexts);
      for (const name of contexts) event.tags.add(name);
    });
    outsideLinks += event.outside.length;
  }
  events.forEach((event, index) => {
    for (const contexts of pointedAt[index]) for (const name of contexts) event.tags.add(name);
  });
  return { events, duplicates, outsideLinks };
}

/**
 * One event per id, in ordinal order. `2017/05/4/x.md` and `2017/05/04/x.md` are the same
 * event: the copy in the padded folder is kept (then the first by path), the other reported.
 */
export function keepOnePerId<E extends LinkInput>(parsed: readonly E[]): { kept: E[]; duplicates: Problem[] } {
  const sorted = [...parsed].sort(
    (a, b) =>
      compareEvents(a, b) ||
      Number(b.canonicalFolder) - Number(a.canonicalFolder) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
  );
  const kept: E[] = [];
  const duplicates: Problem[] = [];
  for (const event of sorted) {
    const previous = kept.at(-1);
    if (previous?.id === event.id) {
      duplicates.push({
        file: event.file,
        line: 1,
        message: `the same event (${event.id}) as ${previous.file}; this copy was skipped`,
      });
    } else kept.push(event);
  }
  return { kept, duplicates };
}
