import { useMemo, useSyncExternalStore } from 'react';
import type { Manifest, StoryId } from '../bundle/index.ts';
import { chooseLanes, laneCandidates, storyPaths } from '../features/stories/index.ts';
import type { TimelineProps } from '../features/timeline/index.ts';
import { useManyStoryMembers } from '../lib/data/story-members.ts';
import { densityOfOrdinals, type Density } from '../lib/density.ts';
import type { TimeRange } from '../lib/time-range.ts';
import { daysOfRange } from '../lib/view-range.ts';
import { storyLabel } from '../lib/tag-labels.ts';

type Lanes = NonNullable<TimelineProps['lanes']>;

/** A phone's timeline is a strip above the panel: two story lanes are what stay readable there. */
const NARROW = '(max-width: 600px)';
const NARROW_LANES = 2;

function subscribeNarrow(onChange: () => void): () => void {
  const query = matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const isNarrow = () => matchMedia(NARROW).matches;

/**
 * With lanes on: the largest stories in the (committed) view plus the pinned ones, each with its
 * density, and a last lane for everything else. Chosen again when a gesture ends, not per frame:
 * the timeline repaints the same lanes while the view moves.
 */
export function useStoryLanes(
  manifest: Manifest,
  density: Density,
  range: TimeRange,
  on: boolean,
  pins: readonly string[],
): Lanes | null {
  const [fromDay, toDay] = daysOfRange(range);
  const pinsKey = pins.join('\n');
  const pinned = useMemo(() => {
    const { idOf } = storyPaths(manifest);
    const paths = pinsKey === '' ? [] : pinsKey.split('\n');
    return paths.map((path) => idOf.get(path)).filter((id): id is StoryId => id !== undefined);
  }, [manifest, pinsKey]);
  const candidates = useMemo(
    () => (on ? laneCandidates(manifest, fromDay, toDay, pinned) : []),
    [on, manifest, fromDay, toDay, pinned],
  );
  const members = useManyStoryMembers(manifest, candidates);
  const narrow = useSyncExternalStore(subscribeNarrow, isNarrow);
  return useMemo(() => {
    if (!on) return null;
    const limit = narrow ? NARROW_LANES : undefined;
    const chosen = chooseLanes(manifest, density, members, candidates, pinned, [fromDay, toDay], limit).filter((id) =>
      members.has(id),
    );
    const lanes: Lanes = chosen.map((id) => ({
      key: String(id),
      label: storyLabel(manifest, id),
      story: id,
      density: densityOf(members.get(id)!, density),
    }));
    const rest = restDensity(
      density,
      chosen.map((id) => members.get(id)!),
    );
    lanes.push({ key: 'rest', label: 'Other events', story: null, density: rest });
    return lanes;
  }, [on, manifest, density, members, candidates, pinned, fromDay, toDay, narrow]);
}

const densities = new WeakMap<Uint32Array, Density>();

function densityOf(members: Uint32Array, corpus: Density): Density {
  let known = densities.get(members);
  if (!known) densities.set(members, (known = densityOfOrdinals(members, corpus)));
  return known;
}

/** Every event minus those in a story lane (an event in two lanes is taken out once). */
function restDensity(corpus: Density, laneMembers: Uint32Array[]): Density {
  const total = corpus.prefix[corpus.prefix.length - 1];
  const inLanes = new Uint8Array(total);
  for (const members of laneMembers) for (const ordinal of members) inLanes[ordinal] = 1;
  const prefix = new Uint32Array(corpus.prefix.length);
  for (let day = 0; day < prefix.length - 1; day++) {
    let rest = 0;
    for (let o = corpus.prefix[day]; o < corpus.prefix[day + 1]; o++) rest += 1 - inLanes[o];
    prefix[day + 1] = prefix[day] + rest;
  }
  return { firstDay: corpus.firstDay, prefix };
}
