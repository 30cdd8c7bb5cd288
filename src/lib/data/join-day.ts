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
import { labelStories, storyLabel, tagLabel } from '../tag-labels.ts';

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
  /** Outermost story first, as shown (their tags' labels); empty when the title has no story. */
  storyPath: string[];
  /** The same stories by id. */
  storyIds: StoryId[];
  headline: string;
  body: Block[];
  sources: Source[];
  related: RelatedEntry[];
  /** Tag names, alphabetical. */
  tags: string[];
  /** How each of `tags` reads (tag-labels.ts), in the same order. */
  tagLabels: string[];
}

export interface RelatedEntry {
  id: EventId;
  day: DayNumber;
  /** As shown: the shard's respelling (see IndexShard.relatedTitles), else the link's title;
   *  either with its stories by their labels. */
  title: string;
  /** Where the headline starts after the title's story names (0 when it names none). */
  headlineStart: number;
  /** False when the link points at an event that is not in this corpus. */
  inCollection: boolean;
  /** The topics the two events share, as tag names in the order written. */
  contexts: string[];
  /** How each of `contexts` reads, in the same order. */
  contextLabels: string[];
}

const commaNamesOf = new WeakMap<Manifest, Set<string>>();

/** Pure. Throws if the day file and the shard disagree (files from different builds). */
export function joinDay(dayFile: DayFile, shard: IndexShard, manifest: Manifest): DayDetail {
  let commaNames = commaNamesOf.get(manifest);
  if (!commaNames) commaNamesOf.set(manifest, (commaNames = namesWithComma(manifest.tags.map((tag) => tag.name))));
  const first = shard.days.indexOf(dayFile.day);
  const events = dayFile.events.map((event, offset): EventDetail => {
    const at = first + offset;
    if (first < 0 || shard.days[at] !== event.day || shard.slugs[at] !== event.slug) {
      throw new Error(`the day file for ${event.id} does not match its index shard ${shard.key}; reload the page`);
    }
    const outside = shard.relatedOutside[at];
    const tags = shard.tags[at].map((tag) => manifest.tags[tag].name).sort();
    return {
      id: event.id,
      day: event.day,
      slug: event.slug,
      // The index shard's title: spelled for display, where the day file keeps it as written;
      // its stories by their labels.
      title: labelStories(manifest, shard.titles[at], shard.headlineStarts[at]).title,
      storyPath: shard.storyPaths[at].map((story) => storyLabel(manifest, story)),
      storyIds: shard.storyPaths[at],
      headline: shard.titles[at].slice(shard.headlineStarts[at]),
      body: event.body,
      sources: event.sources,
      related: event.related.map((entry, position) => {
        const inCollection = !outside.includes(position);
        const contexts = splitContexts(entry.contexts, commaNames);
        // Stories keep their names in titles, so the prefix reads the same in either title.
        const { title, headlineStart } = labelStories(manifest, shard.relatedTitles[at][position] ?? entry.title);
        return {
          id: entry.id,
          day: entry.day,
          title,
          headlineStart,
          inCollection,
          contexts,
          contextLabels: contexts.map((name) => tagLabel(manifest, name)),
        };
      }),
      tags,
      tagLabels: tags.map((name) => tagLabel(manifest, name)),
    };
  });
  return { day: dayFile.day, events, sections: dayFile.sections ?? null };
}
