/**
 * Display labels for the tag names the upstream export ASCII-folded (`Turkey-PKK conflict`) where
 * the corpus spells the same name unfolded (`Turkey–PKK conflict`): as another tag whose name
 * folds to it; else word by word as the tag's own events (bodies, related entries) spell it most
 * often; else, for a word the folding marked with `-`, as the corpus most often does (the rule of
 * display-titles.ts). The name stays the tag's identity (URLs, postings, search terms). Pure.
 */
import { foldAsUpstream, titleWords, unfoldTitle } from '../bundle/unfold.ts';
import { corpusSpellings, mostVoted, NONE, ownSpellings } from './display-titles.ts';
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
  for (const event of events) {
    for (const [name, spelled] of eventVotes(event)) {
      let counts = votes.get(name);
      if (!counts) votes.set(name, (counts = new Map()));
      counts.set(spelled, (counts.get(spelled) ?? 0) + 1);
    }
  }

  const corpus = corpusSpellings(events);
  return names.map((name) => {
    const label = unfoldedNames.get(name) ?? mostVoted(votes.get(name)) ?? unfoldTitle(name, NONE, corpus);
    return label === name ? undefined : label;
  });
}

const NO_VOTES: Array<[string, string]> = [];
const wordsOf = new Map<string, string[]>();
/** Per linked event (the same object from build to build of a session while unchanged). */
const votesOf = new WeakMap<LinkedEvent, Array<[name: string, spelled: string]>>();

/** The tag names an event's own text spells otherwise, each with that spelling, in tag order. */
function eventVotes(event: LinkedEvent): Array<[string, string]> {
  const own = ownSpellings(event.parsed);
  if (own.size === 0) return NO_VOTES;
  let votes = votesOf.get(event);
  if (votes) return votes;
  votes = [];
  for (const name of event.tags) {
    let words = wordsOf.get(name);
    if (!words) wordsOf.set(name, (words = titleWords(name)));
    // Most tags share no word with an event's respelled ones: no need to rebuild the name.
    if (!words.some((word) => own.has(word))) continue;
    const spelled = unfoldTitle(name, own);
    if (spelled !== name) votes.push([name, spelled]);
  }
  votesOf.set(event, votes);
  return votes;
}
