/** Pure: a day file joined with its index shard and the manifest, as the panels and the static pages show it. */
import {
  namesWithComma,
  splitContexts,
  type Block,
  type DayEvent,
  type DayFile,
  type DayNumber,
  type DaySection,
  type EventId,
  type IndexShard,
  type Manifest,
  type Source,
  type StoryId,
} from '../../bundle/index.ts';
import { plainText } from '../../bundle/plain-text.ts';
import { spellingsIn, unfoldTitle } from '../../bundle/unfold.ts';
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
  /** As shown: a related event in the collection by its display title (as the compiler spelled
   *  it), one outside by its link's title with the headline unfolded against this event's text;
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

const ownSpellings = new WeakMap<DayEvent, Map<string, string>>();

/** The words of an event's body and related titles that the upstream folding changes. */
function own(event: DayEvent): Map<string, string> {
  let spellings = ownSpellings.get(event);
  if (!spellings) {
    const text = [plainText(event.body), ...event.related.map((entry) => entry.title)].join('\n');
    ownSpellings.set(event, (spellings = spellingsIn(text)));
  }
  return spellings;
}

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
        const respelled = inCollection ? shard.relatedTitles[at][position] : undefined;
        // Stories keep their names in titles, so the prefix reads the same in either title.
        const { title, headlineStart } = labelStories(manifest, respelled ?? entry.title);
        const headline = title.slice(headlineStart);
        return {
          id: entry.id,
          day: entry.day,
          title: title.slice(0, headlineStart) + (inCollection ? headline : unfoldTitle(headline, own(event))),
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
