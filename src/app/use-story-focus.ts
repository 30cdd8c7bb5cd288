import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useLocation } from 'react-router';
import type { Manifest, StoryId } from '../bundle/index.ts';
import { storyPathOfPathname, storyPaths } from '../features/stories/index.ts';
import { indexShardQueryOptions } from '../lib/data/index-shard.ts';
import { useStoryMembers } from '../lib/data/story-members.ts';
import { shardIndexOfDay } from '../lib/shard-window.ts';
import { densityOfOrdinals, type Density } from '../lib/density.ts';
import { corpusRange } from '../lib/view-range.ts';
import type { ViewFocus } from './use-view-state.ts';

export interface StoryFocus {
  /** The open story (`/story/<path>`), or null; undefined when the path names no story. */
  story: StoryId | null | undefined;
  /** Its events and their density, once loaded. */
  members: Uint32Array | null;
  memberDensity: Density | null;
  /** The story's span, for a story URL without a range. */
  focus: ViewFocus | null;
}

export function useStoryFocus(manifest: Manifest, density: Density): StoryFocus {
  const { pathname } = useLocation();
  const path = storyPathOfPathname(pathname);
  const story = path === null ? null : storyPaths(manifest).idOf.get(path);
  const members = useStoryMembers(manifest, story ?? null).data ?? null;
  useFirstRowsEarly(manifest, story ?? null);
  const memberDensity = useMemo(() => members && densityOfOrdinals(members, density), [members, density]);
  const focus = useMemo(() => {
    if (story === null || story === undefined) return null;
    const { firstDay, lastDay } = manifest.stories[story];
    return { key: `story:${story}`, range: corpusRange(firstDay, lastDay) };
  }, [manifest, story]);
  return { story, members: story === null || story === undefined ? null : members, memberDensity, focus };
}

/**
 * The story's first events are on its first day (the manifest says which), so the index shard
 * its list starts with is fetched alongside its members instead of after them.
 */
function useFirstRowsEarly(manifest: Manifest, story: StoryId | null): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (story === null) return;
    const shard = shardIndexOfDay(manifest.shards, manifest.stories[story].firstDay);
    if (shard >= 0) void queryClient.prefetchQuery(indexShardQueryOptions(manifest.shards[shard]));
  }, [queryClient, manifest, story]);
}
