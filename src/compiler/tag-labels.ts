/**
 * Display labels for the tag names the upstream export ASCII-folded (`Turkey-PKK conflict`) where
 * the corpus spells the same name unfolded (`Turkey–PKK conflict`): as another tag whose name
 * folds to it; else word by word as the tag's own events (bodies, related entries) spell it most
 * often; else, for a word the folding marked with `-`, as the corpus most often does (the rule of
 * display-titles.ts). The name stays the tag's identity (URLs, postings, search terms). Pure.
 */
import { foldAsUpstream, spellingsOf, unfoldTitle } from '../bundle/unfold.ts';
import { corpusSpellings } from './display-titles.ts';
import type { LinkedEvent } from './link.ts';

/** Per name, in the same order: its label, or undefined when the name is already how it reads. */
export function tagLabels(names: readonly string[], events: readonly LinkedEvent[]): Array<string | undefined> {
  // Names come most used first, so the most used unfolded spelling of a folded form wins.
  const unfoldedNames = new Map<string, string>();
  for (const name of names) {
    const folded = foldAsUpstream(name);
    if (folded !== name && !unfoldedNames.has(folded)) unfoldedNames.set(folded, name);
  }

  const votes = new Map<string, Map<string, number>>();
  for (const { parsed, tags } of events) {
    if (parsed.spellings.length === 0) continue;
    const own = spellingsOf(parsed.spellings);
    for (const name of tags) {
      const spelled = unfoldTitle(name, own);
      if (spelled === name) continue;
      let counts = votes.get(name);
      if (!counts) votes.set(name, (counts = new Map()));
      counts.set(spelled, (counts.get(spelled) ?? 0) + 1);
    }
  }

  const corpus = corpusSpellings(events);
  return names.map((name) => {
    const label = unfoldedNames.get(name) ?? mostVoted(votes.get(name)) ?? unfoldTitle(name, new Map(), corpus);
    return label === name ? undefined : label;
  });
}

function mostVoted(counts: ReadonlyMap<string, number> | undefined): string | undefined {
  let best: string | undefined;
  let top = 0;
  for (const [spelled, count] of counts ?? []) {
    if (count > top) [best, top] = [spelled, count];
  }
  return best;
}
