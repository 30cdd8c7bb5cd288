/**
 * The snippet files, in a folder of their own named by a hash of their content: an edit that
 * changes no title or slug (most edits in the dev server) keeps the folder, so its thousands of
 * files are neither deflated nor written again. Pure but for `isPlaced`, the caller's look at
 * the output folder, and the last build's groups it keeps (same input, same text).
 */
import { createHash } from 'node:crypto';
import { snippetOf, snippetPath, SNIPPETS_PER_FILE, type SnippetFile } from '../../bundle/search-format.ts';
import type { OutFile } from '../hashed-file.ts';
import { deflated, stillUsed } from './deflate-cache.ts';

export interface SnippetSource {
  slug: string;
  title: string;
}

/**
 * The last build's groups: in a build session (the dev server) a group whose events have the
 * same slugs and titles keeps its text (telling a slug apart from its title's cost 0.7 s at
 * 150,000 events).
 */
let last: { sources: SnippetSource[][]; groups: string[] } = { sources: [], groups: [] };

/** `folder` is relative to the data root, with a trailing slash. */
export function snippetFiles(
  events: readonly SnippetSource[],
  isPlaced: (path: string) => boolean,
): { folder: string; files: OutFile[] } {
  const groups: string[] = [];
  const sources: SnippetSource[][] = [];
  for (let first = 0; first < events.length; first += SNIPPETS_PER_FILE) {
    const group = events.slice(first, first + SNIPPETS_PER_FILE);
    const i = sources.push(group) - 1;
    const before = last.sources[i];
    if (before && sameSources(before, group)) groups.push(last.groups[i]);
    else {
      const snippets: SnippetFile = group.map((e) => snippetOf(e.slug, e.title));
      groups.push(JSON.stringify(snippets));
    }
  }
  last = { sources, groups };
  const hash = createHash('sha256');
  for (const group of groups) hash.update(group).update('\n');
  const folder = `search/${hash.digest('hex').slice(0, 12)}/`;
  // Files are written in order, so with the last one there, a build that stopped midway is ruled out.
  const placed = isPlaced(folder + snippetPath((groups.length - 1) * SNIPPETS_PER_FILE));
  // Kept known, so that the next title edit deflates its own group only, not all of them.
  if (placed) for (const group of groups) stillUsed(group);
  const files = groups.map((group, i) => ({
    path: folder + snippetPath(i * SNIPPETS_PER_FILE),
    content: placed ? null : deflated(group),
  }));
  return { folder, files };
}

function sameSources(a: readonly SnippetSource[], b: readonly SnippetSource[]): boolean {
  return a.length === b.length && a.every((source, i) => source.slug === b[i].slug && source.title === b[i].title);
}
