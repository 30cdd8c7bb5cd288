/**
 * The search index of a linked corpus, as bundle files; the one entry point compile.ts calls.
 * Title and body terms come from the parse (workers, or the session's cache); tags, known only
 * after linking, are added here.
 */
import type { Manifest } from '../../bundle/index.ts';
import { contentHash, type OutFile } from '../hashed-file.ts';
import { displayTitles } from '../display-titles.ts';
import type { LinkedEvent } from '../link.ts';
import { forgetUnused } from './deflate-cache.ts';
import { invertedIndex, type InvertedIndex } from './inverted-index.ts';
import { searchIndexFiles } from './index-files.ts';
import type { OverflowReuse } from './overflow-reuse.ts';
import type { TermVisitor } from './packed-terms.ts';
import type { TermDictionary } from './term-dictionary.ts';

export interface SearchFiles {
  files: OutFile[];
  /** index.json, relative to the data root. */
  path: string;
}

/** Where the events' title and body terms come from, as ids of one dictionary. */
export interface SearchTerms {
  visit: TermVisitor;
  dictionary: TermDictionary;
  /** The index, where the terms' source makes it faster than from `visit` (a build session). */
  index?: () => InvertedIndex;
  /** Frequent terms' splits kept from build to build (a build session). */
  overflow?: OverflowReuse;
}

/** `isPlaced` says whether a file is already in the output folder (its name is its content). */
export function searchFiles(
  events: readonly LinkedEvent[],
  terms: SearchTerms,
  isPlaced: (path: string) => boolean = () => false,
): SearchFiles {
  const index =
    terms.index?.() ??
    invertedIndex(
      events.map((event) => ({ id: event.parsed.id, tags: event.tags })),
      terms.visit,
      terms.dictionary,
    );
  const titles = displayTitles(events);
  const files = searchIndexFiles(
    index,
    events.map((event, i) => ({ slug: event.parsed.slug, title: titles[i] })),
    isPlaced,
    terms.overflow,
  );
  terms.overflow?.done();
  forgetUnused();
  return files;
}

/** The bundle's files with the search index's first, and a manifest that points at it. */
export function* withSearch(bundle: Generator<OutFile, Manifest>, search: SearchFiles): Generator<OutFile, Manifest> {
  yield* search.files;
  const manifest = yield* bundle;
  return { ...manifest, buildId: contentHash(manifest.buildId + search.path), search: search.path };
}
