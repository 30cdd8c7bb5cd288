import { useMemo, useState } from 'react';
import type { Manifest } from '../bundle/index.ts';
import type { TimelineEvents } from '../features/timeline/index.ts';
import { matchFlags } from '../features/tag-filter/index.ts';
import { useIndexShards } from '../lib/data/index-shard.ts';
import type { Density } from '../lib/density.ts';
import { joinShards, ownedSpans, type LoadedShard } from '../lib/loaded-events.ts';
import { shardWindow } from '../lib/shard-window.ts';
import type { TimeRange } from '../lib/time-range.ts';

export interface TimelineData {
  events: TimelineEvents;
  error: Error | null;
  retry: () => void;
  /** Call on every live gesture frame; re-renders only when the needed shards change. */
  followLiveRange: (range: TimeRange | null) => void;
}

/** Loads the index shards the visible range needs (plus neighbours) and joins them for the timeline. */
export function useTimelineEvents(
  manifest: Manifest,
  density: Density,
  range: TimeRange,
  matched: Uint32Array | null,
  maxEvents?: number,
): TimelineData {
  const [liveWindow, setLiveWindow] = useState<string | null>(null);
  const windowKey = liveWindow ?? windowKeyOf(manifest, density, range, maxEvents);
  const entries = useMemo(
    () =>
      windowKey
        .split(',')
        .filter(Boolean)
        .map((i) => manifest.shards[Number(i)]),
    [windowKey, manifest],
  );
  const { shards, error, retryFailed } = useIndexShards(entries);
  const spans = useMemo(() => ownedSpans(manifest.shards), [manifest]);

  const loaded = useMemo(() => {
    const present: LoadedShard[] = [];
    shards.forEach((shard, i) => shard && present.push({ entry: entries[i], shard }));
    return joinShards(present, (entry) => spans.get(entry) ?? [entry.firstDay, entry.lastDay]);
  }, [shards, entries, spans]);

  const events = useMemo(
    () => ({ ...loaded, matches: matched ? matchFlags(loaded.ordinals, matched) : null }),
    [loaded, matched],
  );

  const followLiveRange = (live: TimeRange | null) => setLiveWindow(live ? windowKeyOf(manifest, density, live) : null);

  return { events, error, retry: retryFailed, followLiveRange };
}

function windowKeyOf(manifest: Manifest, density: Density, range: TimeRange, maxEvents?: number): string {
  const { needed, prefetch } = shardWindow(manifest.shards, density, range, maxEvents);
  return [...needed, ...prefetch].sort((a, b) => a - b).join(',');
}
