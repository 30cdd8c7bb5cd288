/** Tag and story tables with their ids, from the linked corpus. Pure. */
import type { StoryEntry, StoryId, TagId } from '../bundle/index.ts';
import type { LinkedEvent } from './link.ts';

export type TableStory = Omit<StoryEntry, 'size' | 'firstDay' | 'lastDay' | 'members'>;

export interface Tables {
  /** Indexed by TagId: most used first, then by name. */
  tagNames: string[];
  tagCounts: number[];
  tagIds: Map<string, TagId>;
  /** Indexed by StoryId, same order rule; `tag` filled in, membership not yet. */
  stories: TableStory[];
  storyIds: Map<string, StoryId>;
}

const byCountThenName = (counts: Map<string, number>) => (a: string, b: string) =>
  (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);

export function buildTables(events: readonly LinkedEvent[]): Tables {
  const tagCount = new Map<string, number>();
  const storyCount = new Map<string, number>();
  const parentVotes = new Map<string, Map<string, number>>();
  for (const event of events) {
    for (const tag of event.tags) tagCount.set(tag, (tagCount.get(tag) ?? 0) + 1);
    new Set(event.storyPath).forEach((name) => storyCount.set(name, (storyCount.get(name) ?? 0) + 1));
    event.storyPath.forEach((name, i) => {
      const votes = parentVotes.get(name) ?? new Map<string, number>();
      const parent = i === 0 ? '' : event.storyPath[i - 1];
      votes.set(parent, (votes.get(parent) ?? 0) + 1);
      parentVotes.set(name, votes);
    });
  }

  const tagNames = [...tagCount.keys()].sort(byCountThenName(tagCount));
  const tagIds = new Map(tagNames.map((name, id) => [name, id]));
  const storyNames = [...storyCount.keys()].sort(byCountThenName(storyCount));
  const storyIds = new Map(storyNames.map((name, id) => [name, id]));

  // A story nests under the parent most titles give it, unless that would make a cycle.
  const parents = new Map<string, string | null>();
  const wouldCycle = (name: string, parent: string) => {
    for (let at: string | null | undefined = parent; at; at = parents.get(at)) if (at === name) return true;
    return false;
  };
  for (const name of storyNames) {
    const votes = parentVotes.get(name)!;
    const [best] = [...votes.keys()].sort(byCountThenName(votes));
    parents.set(name, best === '' || wouldCycle(name, best) ? null : best);
  }

  const stories = storyNames.map((name): TableStory => {
    const parent = parents.get(name);
    return {
      name,
      parent: parent ? storyIds.get(parent)! : null,
      count: storyCount.get(name)!,
      tag: tagIds.get(name)!,
    };
  });
  return { tagNames, tagCounts: tagNames.map((name) => tagCount.get(name)!), tagIds, stories, storyIds };
}
