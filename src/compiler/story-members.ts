/** Which events belong to each story, its sub-stories' events included. Pure. */
import type { StoryEntry, StoryId } from '../bundle/index.ts';
import type { LinkedEvent } from './link.ts';

/**
 * Ascending ordinals per StoryId. An event belongs to every story on its title's path and to
 * each of their ancestors in the story tree: a title may name only the inner story
 * (`Battle of Aleppo: ...`) while the tree, by most titles' vote, nests it in another.
 */
export function storyMembers(
  events: readonly LinkedEvent[],
  stories: ReadonlyArray<Pick<StoryEntry, 'parent'>>,
  storyIds: ReadonlyMap<string, StoryId>,
): number[][] {
  const members: number[][] = stories.map(() => []);
  const seen = new Set<StoryId>();
  events.forEach((event, ordinal) => {
    if (event.storyPath.length === 0) return;
    seen.clear();
    for (const name of event.storyPath) {
      for (let id = storyIds.get(name) ?? null; id !== null && !seen.has(id); id = stories[id].parent) {
        seen.add(id);
        members[id].push(ordinal);
      }
    }
  });
  return members;
}
