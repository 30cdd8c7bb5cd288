import { queryOptions, useQuery } from '@tanstack/react-query';
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
