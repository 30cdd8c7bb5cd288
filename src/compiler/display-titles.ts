/**
 * The titles as the bundle shows them: each headline's folded words (`Sheriff-s`, `Igd-r`)
 * spelled as the event's own body and related entries have them, else, for words the folding
 * visibly marked, as the corpus most often does. The story names before the headline stay as
 * written, so they keep naming the same tags; ids, slugs and search terms come from the title
 * as written. Pure.
 */
import { spellingsOf, unfoldTitle, type Spellings } from '../bundle/unfold.ts';
import type { LinkedEvent } from './link.ts';

const cache = new WeakMap<readonly LinkedEvent[], string[]>();
const corpusCache = new WeakMap<readonly LinkedEvent[], Spellings>();
/** Each event's own spellings: in a build session an unchanged event is the same object from build to build. */
const ownCache = new WeakMap<LinkedEvent['parsed'], Spellings>();
export const NONE: Spellings = new Map();

/**
 * The last corpus's spelling counts and titles: a build session's next corpus (the dev server,
 * after an edit) counts only the events that came or went, and keeps the title of every event
 * whose parse and story split are unchanged (the same linked event) while the corpus-wide
 * spellings are.
 */
let lastCounts: { events: readonly LinkedEvent[]; counts: Map<string, Map<string, number>> } | undefined;
let lastTitles: { events: readonly LinkedEvent[]; titles: string[]; corpus: Spellings } | undefined;

/** Per event, in the same order; computed once per linked corpus (the shards and search both ask). */
export function displayTitles(events: readonly LinkedEvent[]): string[] {
  let titles = cache.get(events);
  if (!titles) {
    const corpus = corpusSpellings(events);
    const kept = lastTitles && sameSpellings(lastTitles.corpus, corpus) ? keptTitles(lastTitles) : undefined;
    titles = events.map((event, i) => kept?.(event, i) ?? displayTitle(event, corpus));
    cache.set(events, titles);
    lastTitles = { events, titles, corpus };
  }
  return titles;
}

/**
 * The titles by linked event: an unchanged event keeps that object from build to build, mostly
 * at the same place (after an edit, always), so only a miss there looks it up.
 */
function keptTitles({ events, titles }: { events: readonly LinkedEvent[]; titles: string[] }) {
  let byEvent: Map<LinkedEvent, string> | undefined;
  return (event: LinkedEvent, i: number): string | undefined => {
    if (events[i] === event) return titles[i];
    byEvent ??= new Map(events.map((event, i) => [event, titles[i]]));
    return byEvent.get(event);
  };
}

function displayTitle({ parsed, headlineStart }: LinkedEvent, corpus: Spellings): string {
  const headline = parsed.title.slice(headlineStart);
  const unfolded = unfoldTitle(headline, ownSpellings(parsed), corpus);
  // The title itself when nothing is respelled: comparing it with the parsed title is then instant.
  return unfolded === headline ? parsed.title : parsed.title.slice(0, headlineStart) + unfolded;
}

function sameSpellings(a: Spellings, b: Spellings): boolean {
  if (a.size !== b.size) return false;
  for (const [folded, word] of a) if (b.get(folded) !== word) return false;
  return true;
}

/** An event's own spellings, kept per parsed event across the builds of a session. */
export function ownSpellings(parsed: LinkedEvent['parsed']): Spellings {
  if (parsed.spellings.length === 0) return NONE;
  let own = ownCache.get(parsed);
  if (!own) ownCache.set(parsed, (own = spellingsOf(parsed.spellings)));
  return own;
}

/** Each folded form's most frequent spelling across the corpus (ties: the first seen); once per corpus. */
export function corpusSpellings(events: readonly LinkedEvent[]): Spellings {
  const cached = corpusCache.get(events);
  if (cached) return cached;
  let counts = lastCounts && countChanges(lastCounts.events, events, lastCounts.counts);
  if (!counts) {
    counts = new Map();
    for (const { parsed } of events) countSpellings(counts, parsed, 1);
  }
  const best = new Map<string, string>();
  for (const [folded, spellings] of counts) best.set(folded, mostVoted(spellings)!);
  corpusCache.set(events, best);
  lastCounts = { events, counts };
  return best;
}

/**
 * The counts of `before` moved to `events`: the parses that left are taken off, the new ones
 * added. Null when a folded form they touch ends in a tie: ties go to the spelling seen first in
 * corpus order, which only a count from scratch knows.
 */
function countChanges(
  before: readonly LinkedEvent[],
  events: readonly LinkedEvent[],
  counts: Map<string, Map<string, number>>,
): Map<string, Map<string, number>> | null {
  const { gone, came } = changedParses(before, events);
  if (gone.length === 0 && came.length === 0) return counts;
  const next = new Map(counts);
  const touched = new Set<string>();
  for (const [parsed, delta] of [...gone.map((p) => [p, -1] as const), ...came.map((p) => [p, 1] as const)]) {
    for (const [folded, word] of ownSpellings(parsed)) {
      if (!touched.has(folded)) next.set(folded, new Map(next.get(folded)));
      touched.add(folded);
      const spellings = next.get(folded)!;
      const count = (spellings.get(word) ?? 0) + delta;
      if (count > 0) spellings.set(word, count);
      else spellings.delete(word);
    }
  }
  for (const folded of touched) {
    const spellings = next.get(folded)!;
    if (spellings.size === 0) {
      next.delete(folded);
      continue;
    }
    const top = Math.max(...spellings.values());
    if ([...spellings.values()].filter((count) => count === top).length > 1) return null;
  }
  return next;
}

/**
 * Parses that left and came: the old minus `gone` plus `came` is the new, as multisets. With as
 * many events as before (an edit), those at the places that differ; else by a set.
 */
function changedParses(before: readonly LinkedEvent[], events: readonly LinkedEvent[]) {
  const gone: LinkedEvent['parsed'][] = [];
  const came: LinkedEvent['parsed'][] = [];
  if (before.length === events.length) {
    events.forEach(({ parsed }, i) => {
      if (before[i].parsed === parsed) return;
      gone.push(before[i].parsed);
      came.push(parsed);
    });
    return { gone, came };
  }
  const left = new Set(before.map((event) => event.parsed));
  for (const { parsed } of events) if (!left.delete(parsed)) came.push(parsed);
  return { gone: [...left], came };
}

function countSpellings(counts: Map<string, Map<string, number>>, parsed: LinkedEvent['parsed'], delta: 1): void {
  for (const [folded, word] of ownSpellings(parsed)) {
    let spellings = counts.get(folded);
    if (!spellings) counts.set(folded, (spellings = new Map()));
    spellings.set(word, (spellings.get(word) ?? 0) + delta);
  }
}

/** The spelling counted most often; ties go to the first seen. */
export function mostVoted(counts: ReadonlyMap<string, number> | undefined): string | undefined {
  let best: string | undefined;
  let top = 0;
  for (const [spelled, count] of counts ?? []) {
    if (count > top) [best, top] = [spelled, count];
  }
  return best;
}
