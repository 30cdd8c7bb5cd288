/**
 * Reading the search index's files (layout in bundle/search-format.ts). Every file but the
 * bundle's manifest is immutable, so each is fetched once per session and kept by TanStack
 * Query's cache, which the rest of the app shares.
 */
import type { QueryClient } from '@tanstack/react-query';
import {
  overflowPath,
  readOverflow,
  readTermShard,
  shardPath,
  snippetPath,
  type SearchIndex,
  type SnippetFile,
  type TermShard,
} from '../../bundle/index.ts';
import { dataUrl, fetchJson, HttpError } from '../../lib/data/fetch-json.ts';

/** The search index of one bundle: where its files are. */
export interface IndexFiles {
  /** Folder of index.json, relative to the data root, with a trailing slash. */
  folder: string;
  index: SearchIndex;
}

async function fetchOk(path: string): Promise<Response> {
  const url = dataUrl(path);
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new HttpError(url, response.status);
  return response;
}

/** A deflated file's bytes (raw DEFLATE: see bundle/search-format.ts). */
async function fetchInflated(path: string): Promise<Response> {
  const deflated = (await fetchOk(path)).body!;
  return new Response(deflated.pipeThrough(new DecompressionStream('deflate-raw')));
}

async function fetchBytes(path: string): Promise<Uint8Array> {
  return new Uint8Array(await (await fetchInflated(path)).arrayBuffer());
}

function cached<T>(client: QueryClient, path: string, read: () => Promise<T>): Promise<T> {
  return client.ensureQueryData({ queryKey: ['search', path], queryFn: read, staleTime: Infinity, gcTime: Infinity });
}

export async function loadIndex(client: QueryClient, path: string): Promise<IndexFiles> {
  const index = await cached(client, path, () => fetchJson<SearchIndex>(path));
  return { folder: path.slice(0, path.lastIndexOf('/') + 1), index };
}

/** A shard's terms, sorted, and the titles it carries. */
export function loadShard(client: QueryClient, files: IndexFiles, i: number): Promise<TermShard> {
  const path = files.folder + shardPath(i);
  return cached(client, path, async () => readTermShard(await fetchBytes(path)));
}

export function loadOverflow(client: QueryClient, files: IndexFiles, i: number) {
  const path = files.folder + overflowPath(i);
  return cached(client, path, async () => readOverflow(await fetchBytes(path)));
}

export function loadSnippets(client: QueryClient, files: IndexFiles, ordinal: number): Promise<SnippetFile> {
  const path = files.index.snippets + snippetPath(ordinal);
  return cached(client, path, async () => (await (await fetchInflated(path)).json()) as SnippetFile);
}
