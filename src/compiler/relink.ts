/**
 * Linking again after a few files changed, touching only the events the change can reach.
 * A full link at 150,000 events costs seconds (1.5 million related entries); an edit changes
 * the event itself, the tags of the events its entries point at (before and after), and the
 * outside marks of entries pointing at an event that came or went. Anything that moves the
 * corpus-wide name sets in a way this does not model (a comma name, a duplicate) relinks fully.
 */
import { bisector } from 'd3-array';
import { splitContexts, type EventId } from '../bundle/index.ts';
import { collectCommaNames } from './contexts.ts';
import { compareEvents, linkCorpus, type LinkedCorpus, type LinkedEvent } from './link.ts';
import { splitTitle } from './split-title.ts';
import type { ParsedEvent } from './types.ts';

export interface LinkState {
  corpus: LinkedCorpus<ParsedEvent>;
  byId: Map<EventId, LinkedEvent<ParsedEvent>>;
  /** Target id -> ids of events in the corpus with a related entry pointing at it. */
  linkers: Map<EventId, Set<EventId>>;
  commaNames: Set<string>;
  /** Comma name -> how many events' titles (own or related) give it. */
  commaCounts: Map<string, number>;
  /** Context name -> how many related entries name it; the names with a count are the known stories. */
  storyCounts: Map<string, number>;
  knownStories: Set<string>;
  contextsOf: Map<string, string[]>;
  /** Ids with more than one file; a change to one of them relinks fully. */
  duplicateIds: Set<EventId>;
}

export function linkFully(parsed: readonly ParsedEvent[]): LinkState {
  const corpus = linkCorpus(parsed);
  const byId = new Map(corpus.events.map((event) => [event.parsed.id, event]));
  const state: LinkState = {
    corpus,
    byId,
    linkers: new Map(),
    commaNames: new Set(),
    commaCounts: new Map(),
    storyCounts: new Map(),
    knownStories: new Set(),
    contextsOf: new Map(),
    duplicateIds: new Set(),
  };
  for (const event of parsed) if (byId.get(event.id)?.parsed !== event) state.duplicateIds.add(event.id);
  // Every comma name first: splitting contexts depends on all of them.
  for (const event of corpus.events) countCommaNames(state, event.parsed, 1);
  for (const event of corpus.events) {
    addLinks(state, event.parsed);
    countStories(state, event.parsed, 1);
  }
  return state;
}

/** Null when the change needs a full link. `removed` and `added` are parse results (an edit is both). */
export function relink(
  state: LinkState,
  removed: readonly ParsedEvent[],
  added: readonly ParsedEvent[],
): LinkState | null {
  const { byId } = state;
  const removedIds = new Set(removed.map((event) => event.id));
  if ([...removed, ...added].some((event) => state.duplicateIds.has(event.id))) return null;
  const addedIds = new Set<EventId>();
  for (const event of added) {
    if (addedIds.has(event.id) || (byId.has(event.id) && !removedIds.has(event.id))) return null;
    addedIds.add(event.id);
  }
  // Splitting every context depends on the comma names; a change to that set relinks fully.
  const { commaCounts } = state;
  const counts = new Map(commaCounts);
  removed.forEach((event) => commaNamesOf(event).forEach((name) => counts.set(name, counts.get(name)! - 1)));
  added.forEach((event) => commaNamesOf(event).forEach((name) => counts.set(name, (counts.get(name) ?? 0) + 1)));
  for (const [name, count] of counts) if (count > 0 !== state.commaNames.has(name)) return null;
  state.commaCounts = counts;

  const dirty = new Set<EventId>(addedIds);
  const touch = (event: ParsedEvent) => event.related.forEach((entry) => dirty.add(entry.id));
  removed.forEach(touch);
  added.forEach(touch);
  // An event that came or went flips the entries pointing at it.
  for (const id of [...removedIds].filter((id) => !addedIds.has(id)))
    state.linkers.get(id)?.forEach((source) => dirty.add(source));
  for (const id of [...addedIds].filter((id) => !removedIds.has(id)))
    state.linkers.get(id)?.forEach((source) => dirty.add(source));

  const before = new Set(state.knownStories);
  let outsideLinks = state.corpus.outsideLinks;
  for (const event of removed) {
    outsideLinks -= byId.get(event.id)!.outside.length;
    removeLinks(state, event);
    countStories(state, event, -1);
    byId.delete(event.id);
  }
  for (const event of added) {
    addLinks(state, event);
    countStories(state, event, 1);
  }
  // A name that became (or stopped being) a known story re-splits the titles that lead with it.
  const moved = [...state.knownStories]
    .filter((name) => !before.has(name))
    .concat([...before].filter((name) => !state.knownStories.has(name)));
  if (moved.length > 0) {
    for (const event of state.corpus.events) {
      if (moved.some((name) => event.parsed.title.includes(name + ': '))) dirty.add(event.parsed.id);
    }
  }

  const events = state.corpus.events.filter((event) => !removedIds.has(event.parsed.id));
  for (const event of added) events.splice(byOrdinal.right(events, event), 0, placeholder(event));
  for (const event of added) byId.set(event.id, events[byOrdinal.right(events, event) - 1]);
  for (let i = 0; i < events.length; i++) {
    const id = events[i].parsed.id;
    if (!dirty.has(id)) continue;
    const old = byId.get(id)!;
    if (!addedIds.has(id)) outsideLinks -= old.outside.length;
    const fresh = linkOne(state, events[i].parsed);
    outsideLinks += fresh.outside.length;
    events[i] = fresh;
    byId.set(id, fresh);
  }
  state.corpus = { events, duplicates: state.corpus.duplicates, outsideLinks };
  return state;
}

function commaNamesOf(event: ParsedEvent): Set<string> {
  const names = collectCommaNames([event.title]);
  event.relatedCommaNames.forEach((name) => names.add(name));
  return names;
}

function countCommaNames(state: LinkState, event: ParsedEvent, delta: 1 | -1): void {
  for (const name of commaNamesOf(event)) {
    const count = (state.commaCounts.get(name) ?? 0) + delta;
    state.commaCounts.set(name, count);
    if (count > 0) state.commaNames.add(name);
  }
}

function contextsOf(state: LinkState, raw: string): string[] {
  let names = state.contextsOf.get(raw);
  if (!names) {
    names = splitContexts(raw, state.commaNames);
    state.contextsOf.set(raw, names);
  }
  return names;
}

function countStories(state: LinkState, event: ParsedEvent, delta: 1 | -1): void {
  for (const entry of event.related) {
    for (const name of contextsOf(state, entry.contexts)) {
      const count = (state.storyCounts.get(name) ?? 0) + delta;
      state.storyCounts.set(name, count);
      if (count > 0) state.knownStories.add(name);
      else state.knownStories.delete(name);
    }
  }
}

function addLinks(state: LinkState, event: ParsedEvent): void {
  for (const entry of event.related) {
    let sources = state.linkers.get(entry.id);
    if (!sources) state.linkers.set(entry.id, (sources = new Set()));
    sources.add(event.id);
  }
}

function removeLinks(state: LinkState, event: ParsedEvent): void {
  for (const entry of event.related) state.linkers.get(entry.id)?.delete(event.id);
}

/** The same result linkCorpus gives this event, from the state's indexes. */
function linkOne(state: LinkState, parsed: ParsedEvent): LinkedEvent<ParsedEvent> {
  const { storyPath, headlineStart } = splitTitle(parsed.title, state.knownStories);
  const tags = new Set(storyPath);
  const outside: number[] = [];
  parsed.related.forEach((entry, position) => {
    contextsOf(state, entry.contexts).forEach((name) => tags.add(name));
    if (!state.byId.has(entry.id)) outside.push(position);
  });
  for (const source of state.linkers.get(parsed.id) ?? []) {
    const linker = state.byId.get(source);
    if (!linker) continue;
    for (const entry of linker.parsed.related)
      if (entry.id === parsed.id) contextsOf(state, entry.contexts).forEach((name) => tags.add(name));
  }
  return { parsed, storyPath, headlineStart, outside, tags };
}

function placeholder(parsed: ParsedEvent): LinkedEvent<ParsedEvent> {
  return { parsed, storyPath: [], headlineStart: 0, outside: [], tags: new Set() };
}

/** Where an event goes in ordinal order: after every event that sorts before or with it. */
const byOrdinal = bisector((linked: LinkedEvent, event: ParsedEvent) => compareEvents(linked.parsed, event));
