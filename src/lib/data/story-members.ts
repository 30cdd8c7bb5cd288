import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Manifest, StoryId, StoryPostingsShard } from '../../bundle/index.ts';
import { fetchJson } from './fetch-json.ts';

/** Content-hashed and immutable: fresh forever, nothing to share structurally. */
export function storyPostingsQueryOptions(file: string) {
  return queryOptions({
    queryKey: ['story-postings', file],
    queryFn: () => fetchJson<StoryPostingsShard>(file),
    staleTime: Infinity,
    structuralSharing: false,
  });
}

const NO_FILE = '';

/** The ordinals of a story's events (sub-stories' included), ascending; undefined while loading. */
export function useStoryMembers(manifest: Manifest, story: StoryId | null) {
  const file = story === null ? NO_FILE : manifest.storyPostings[manifest.stories[story].members];
  return useQuery({
    ...storyPostingsQueryOptions(file),
    enabled: story !== null,
    select: (shard) => decodeMembers(shard, story),
  });
}

/** The members of several stories; a story is in the map once its file is in. */
export function useManyStoryMembers(manifest: Manifest, stories: readonly StoryId[]): Map<StoryId, Uint32Array> {
  const files = [...new Set(stories.map((id) => manifest.storyPostings[manifest.stories[id].members]))];
  const results = useQueries({ queries: files.map(storyPostingsQueryOptions) });
  const shards = results.map((result) => result.data);
  // Files in: a key that changes when a file arrives, not on every render.
  const key = `${stories.join(',')}|${shards.map((shard) => (shard ? 1 : 0)).join('')}`;
  return useMemo(() => {
    const members = new Map<StoryId, Uint32Array>();
    for (const id of stories) {
      const shard = shards[files.indexOf(manifest.storyPostings[manifest.stories[id].members])];
      if (shard) members.set(id, decodeMembers(shard, id));
    }
    return members;
    // `stories`, `files` and `shards` are new arrays each render; their contents are in these keys.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, manifest]);
}

// One decoded array per story list: `select` runs on every render of every user.
const decoded = new WeakMap<StoryPostingsShard, Map<StoryId, Uint32Array>>();

function decodeMembers(shard: StoryPostingsShard, story: StoryId | null): Uint32Array {
  if (story === null) return new Uint32Array(0);
  let byStory = decoded.get(shard);
  if (!byStory) decoded.set(shard, (byStory = new Map()));
  let members = byStory.get(story);
  if (!members) {
    const deltas = shard.stories[String(story)] ?? [];
    const ordinals = new Uint32Array(deltas.length);
    let value = 0;
    deltas.forEach((delta, i) => (ordinals[i] = value += delta));
    byStory.set(story, (members = ordinals));
  }
  return members;
}
