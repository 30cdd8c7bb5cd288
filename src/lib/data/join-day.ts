/** Pure: a day file joined with its index shard and the manifest, as the panels and the static pages show it. */
import {
  namesWithComma,
  splitContexts,
  type Block,
  type DayFile,
  type DayNumber,
  type EventId,
  type IndexShard,
  type Manifest,
  type Source,
} from '../../bundle/index.ts';

/** A day's events as the panels show them: the day file's text joined with what the index shard
 *  and the manifest know about each event. */
export interface DayDetail {
  day: DayNumber;
  /** In ordinal order. */
  events: EventDetail[];
}

export interface EventDetail {
  id: EventId;
  day: DayNumber;
  slug: string;
  title: string;
  /** Outermost story first; empty when the title has no story. */
  storyPath: string[];
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
  /** False when the link points at an event that is not in this corpus. */
  inCollection: boolean;
  /** The topics the two events share, as tag names in the order written. */
  contexts: string[];
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
    return {
      id: event.id,
      day: event.day,
      slug: event.slug,
      title: event.title,
      storyPath: shard.storyPaths[at].map((story) => manifest.stories[story].name),
      headline: event.title.slice(shard.headlineStarts[at]),
      body: event.body,
      sources: event.sources,
      related: event.related.map((entry, position) => ({
        id: entry.id,
        day: entry.day,
        title: entry.title,
        inCollection: !outside.includes(position),
        contexts: splitContexts(entry.contexts, commaNames),
      })),
      tags: shard.tags[at].map((tag) => manifest.tags[tag].name).sort(),
    };
  });
  return { day: dayFile.day, events };
}
