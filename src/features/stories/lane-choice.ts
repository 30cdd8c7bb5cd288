/** Which stories get a lane of their own on the timeline. Pure. */
import type { Manifest, StoryId } from '../../bundle/index.ts';
import type { Density } from '../../lib/density.ts';
import { membersInDays } from './story-order.ts';

/** Lanes for the largest stories in view; pinned stories come on top of these. */
export const STORY_LANES = 5;
/** Stories whose members are fetched to find the largest in view: the biggest overlapping it. */
export const LANE_CANDIDATES = 12;

/** Pinned stories, then the largest overall whose span overlaps days [fromDay, toDay). */
export function laneCandidates(manifest: Manifest, fromDay: number, toDay: number, pinned: StoryId[]): StoryId[] {
  const out = [...pinned];
  // Ids are in size order, largest first.
  for (let id = 0; id < manifest.stories.length && out.length < pinned.length + LANE_CANDIDATES; id++) {
    const story = manifest.stories[id];
    if (!out.includes(id) && story.lastDay >= fromDay && story.firstDay < toDay) out.push(id);
  }
  return out;
}

/**
 * Pinned stories, then the candidates with most events in view, up to `limit`; a story
 * nested in one already chosen is left out (its events are in that lane), unless pinned.
 */
export function chooseLanes(
  manifest: Manifest,
  density: Density,
  members: ReadonlyMap<StoryId, Uint32Array>,
  candidates: StoryId[],
  pinned: StoryId[],
  days: [number, number],
  limit = STORY_LANES,
): StoryId[] {
  const inView = (id: StoryId) => membersInDays(members.get(id)!, density, days[0], days[1]).length;
  const ranked = candidates
    .filter((id) => !pinned.includes(id) && members.has(id) && inView(id) > 0)
    .sort((a, b) => inView(b) - inView(a) || a - b);
  const chosen = [...pinned];
  const within = (id: StoryId) => {
    for (let at = manifest.stories[id].parent; at !== null; at = manifest.stories[at].parent)
      if (chosen.includes(at)) return true;
    return false;
  };
  for (const id of ranked) {
    if (chosen.length >= pinned.length + limit) break;
    if (!within(id)) chosen.push(id);
  }
  return chosen;
}
