/** Pure: a day file joined with its index shard and the manifest, as the panels and the static pages show it. */
import {
  namesWithComma,
  splitContexts,
  type Block,
  type DayFile,
  type DayNumber,
  type DaySection,
  type EventId,
  type IndexShard,
  type Manifest,
  type Source,
  type StoryId,
} from '../../bundle/index.ts';

/** A day's events as the panels show them: the day file's text joined with what the index shard
 *  and the manifest know about each event. */
export interface DayDetail {
  day: DayNumber;
  /** In ordinal order. */
  events: EventDetail[];
  /** The day page's category headings and the slugs under each, in its order; null without a page. */
  sections: DaySection[] | null;
}

export interface EventDetail {
  id: EventId;
  day: DayNumber;
  slug: string;
  title: string;
  /** Outermost story first; empty when the title has no story. */
  storyPath: string[];
  /** The same stories by id. */
  storyIds: StoryId[];
  headline: string;
  body: Block[];
  sources: Source[];
  related: RelatedEntry[];
  /** Tag names, alphabetical. */
  tags: string[];
}

export interface RelatedEntry {
  id: EventId;
  day: DayNumber;
  title: string;
  /** Where the headline starts after the title's story names (0 when it names none). */
  headlineStart: number;
  /** False when the link points at an event that is not in this corpus. */
  inCollection: boolean;
  /** The topics the two events share, as tag names in the order written. */
  contexts: string[];
}

const commaNamesOf = new WeakMap<Manifest, Set<string>>();
const storyNamesOf = new WeakMap<Manifest, Set<string>>();

/** The length of a title's leading `Story: Inner story: ` names, as far as they are known stories. */
export function storyPrefixLength(title: string, stories: ReadonlySet<string>): number {
  let at = 0;
  for (let colon = title.indexOf(': ', at); colon > 0; colon = title.indexOf(': ', at)) {
    if (!stories.has(title.slice(at, colon))) break;
    at = colon + 2;
  }
  return at;
}

/** Pure. Throws if the day file and the shard disagree (files from different builds). */
export function joinDay(dayFile: DayFile, shard: IndexShard, manifest: Manifest): DayDetail {
  let commaNames = commaNamesOf.get(manifest);
  if (!commaNames) commaNamesOf.set(manifest, (commaNames = namesWithComma(manifest.tags.map((tag) => tag.name))));
  let storyNames = storyNamesOf.get(manifest);
  if (!storyNames) storyNamesOf.set(manifest, (storyNames = new Set(manifest.stories.map((story) => story.name))));
  const first = shard.days.indexOf(dayFile.day);
  const events = dayFile.events.map((event, offset): EventDetail => {
    const at = first + offset;
    if (first < 0 || shard.days[at] !== event.day || shard.slugs[at] !== event.slug) {
      throw new Error(`the day file for ${event.id} does not match its index shard ${shard.key}; reload the page`);
    }
    const outside = shard.relatedOutside[at];
    return {
      id: event.id,
      day: event.day,
      slug: event.slug,
      // The index shard's title: spelled for display, where the day file keeps it as written.
      title: shard.titles[at],
      storyPath: shard.storyPaths[at].map((story) => manifest.stories[story].name),
      storyIds: shard.storyPaths[at],
      headline: shard.titles[at].slice(shard.headlineStarts[at]),
      body: event.body,
      sources: event.sources,
      related: event.related.map((entry, position) => ({
        id: entry.id,
        day: entry.day,
        title: entry.title,
        headlineStart: storyPrefixLength(entry.title, storyNames),
        inCollection: !outside.includes(position),
        contexts: splitContexts(entry.contexts, commaNames),
      })),
      tags: shard.tags[at].map((tag) => manifest.tags[tag].name).sort(),
    };
  });
  return { day: dayFile.day, events, sections: dayFile.sections ?? null };
}
