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

/** Per event, in the same order; computed once per linked corpus (the shards and search both ask). */
export function displayTitles(events: readonly LinkedEvent[]): string[] {
  let titles = cache.get(events);
  if (!titles) {
    const corpus = corpusSpellings(events);
    titles = events.map(({ parsed, headlineStart }) => {
      const headline = parsed.title.slice(headlineStart);
      return parsed.title.slice(0, headlineStart) + unfoldTitle(headline, ownSpellings(parsed), corpus);
    });
    cache.set(events, titles);
  }
  return titles;
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
  const counts = new Map<string, Map<string, number>>();
  for (const { parsed } of events) {
    for (const [folded, word] of ownSpellings(parsed)) {
      let spellings = counts.get(folded);
      if (!spellings) counts.set(folded, (spellings = new Map()));
      spellings.set(word, (spellings.get(word) ?? 0) + 1);
    }
  }
  const best = new Map<string, string>();
  for (const [folded, spellings] of counts) best.set(folded, mostVoted(spellings)!);
  corpusCache.set(events, best);
  return best;
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
