/**
 * The corpus-wide files of the bundle (index shards, postings, the manifest) from the linked
 * corpus and the day files already written. Pure (a build session's `reuse` keeps only what
 * gives the same bytes): the caller writes what it yields; the manifest is the generator's
 * return value.
 */
import {
  BUNDLE_VERSION,
  isoFromDay,
  storyPrefixLength,
  type DayNumber,
  type IndexShard,
  type Manifest,
  type PostingsShard,
  type ShardEntry,
  type StoryPostingsShard,
} from '../bundle/index.ts';
import { unfoldTitle, type Spellings } from '../bundle/unfold.ts';
import { displayTitles, ownSpellings } from './display-titles.ts';
import { contentHash, hashedFile, type OutFile } from './hashed-file.ts';
import type { LinkedCorpus, LinkedEvent } from './link.ts';
import { postingsGroups } from './postings-groups.ts';
import type { ShardReuse } from './shard-reuse.ts';
import { storyMembers } from './story-members.ts';
import { buildTables, type Tables } from './tables.ts';
import { tagLabels } from './tag-labels.ts';

export { deltaEncode, POSTINGS_PER_FILE } from './postings-groups.ts';

/** A year with more events than this is split into month shards. */
export const YEAR_SHARD_LIMIT = 4000;

/**
 * `dayFiles` gives the day file of every day with events; `reuse` (a build session's) keeps the
 * shards whose content is the last build's.
 */
export function* bundleFiles(
  corpus: LinkedCorpus,
  dayFiles: ReadonlyMap<DayNumber, string>,
  reuse?: ShardReuse,
): Generator<OutFile, Manifest> {
  const { events } = corpus;
  const tables = buildTables(events);
  const titles = displayTitles(events);
  const respelled = respelledTitles(events, titles);
  reuse?.start(tables, respelled);
  const storyNames = new Set(tables.stories.map((story) => story.name));
  const tagIds = (event: LinkedEvent) => reuse?.tagIdsOf(event, (e) => tagIdsOf(e, tables)) ?? tagIdsOf(event, tables);

  const shards: ShardEntry[] = [];
  let firstOrdinal = 0;
  for (const [key, shardEvents] of shardGroups(events)) {
    const shardTitles = titles.slice(firstOrdinal, firstOrdinal + shardEvents.length);
    const days = [...new Set(shardEvents.map((e) => e.parsed.day))];
    const dayPaths = days.map((d) => dayFileOf(dayFiles, d));
    let file = reuse?.kept(key, shardEvents, shardTitles, dayPaths);
    if (!file) {
      const shard: IndexShard = {
        version: BUNDLE_VERSION,
        key,
        days: shardEvents.map((e) => e.parsed.day),
        slugs: shardEvents.map((e) => e.parsed.slug),
        titles: shardTitles,
        headlineStarts: shardEvents.map((e) => e.headlineStart),
        storyPaths: shardEvents.map((e) => e.storyPath.map((name) => tables.storyIds.get(name)!)),
        tags: shardEvents.map(tagIds),
        relatedOutside: shardEvents.map((e) => e.outside),
        relatedTitles: relatedDisplayTitles(shardEvents, respelled, storyNames),
        dayFiles: Object.fromEntries(days.map((d, i) => [String(d), dayPaths[i]])),
      };
      file = hashedFile(`index/${key}`, JSON.stringify(shard));
      reuse?.remember(key, shardEvents, shardTitles, dayPaths, file.path);
    }
    shards.push({
      key,
      firstDay: shardEvents[0].parsed.day,
      lastDay: shardEvents.at(-1)!.parsed.day,
      firstOrdinal,
      count: shardEvents.length,
      file: file.path,
    });
    firstOrdinal += shardEvents.length;
    yield file;
  }

  const postings: string[] = [];
  const postingsOf = new Array<number>(tables.tagNames.length);
  for (const group of postingsGroups(tagOrdinals(events, tables, tagIds))) {
    const shard: PostingsShard = { version: BUNDLE_VERSION, tags: group.lists };
    const file = hashedFile(`tags/${postings.length}`, JSON.stringify(shard));
    group.ids.forEach((tag) => (postingsOf[tag] = postings.length));
    postings.push(file.path);
    yield file;
  }

  const storyPostings: string[] = [];
  const members = storyMembers(events, tables.stories, tables.storyIds);
  const membersOf = new Array<number>(members.length);
  for (const group of postingsGroups(members)) {
    const shard: StoryPostingsShard = { version: BUNDLE_VERSION, stories: group.lists };
    const file = hashedFile(`stories/${storyPostings.length}`, JSON.stringify(shard));
    group.ids.forEach((story) => (membersOf[story] = storyPostings.length));
    storyPostings.push(file.path);
    yield file;
  }

  const firstDay = events[0].parsed.day;
  const lastDay = events.at(-1)!.parsed.day;
  const labels = tagLabels(tables.tagNames, events);
  const dayCounts = new Array<number>(lastDay - firstDay + 1).fill(0);
  for (const event of events) dayCounts[event.parsed.day - firstDay]++;
  const body = {
    eventCount: events.length,
    firstDay,
    lastDay,
    dayCounts,
    tags: tables.tagNames.map((name, id) => ({
      name,
      ...(labels[id] === undefined ? {} : { label: labels[id] }),
      count: tables.tagCounts[id],
      postings: postingsOf[id],
      isStory: tables.storyIds.has(name),
    })),
    stories: tables.stories.map((story, id) => ({
      ...story,
      size: members[id].length,
      firstDay: events[members[id][0]].parsed.day,
      lastDay: events[members[id].at(-1)!].parsed.day,
      members: membersOf[id],
    })),
    shards,
    postings,
    storyPostings,
  };
  // The hashed names already fingerprint every shard, so hashing the rest covers all content.
  return { version: BUNDLE_VERSION, buildId: contentHash(JSON.stringify(body)), ...body };
}

/** The display titles the compiler respelled, by event id (the last event of an id decides). */
function respelledTitles(events: readonly LinkedEvent[], titles: readonly string[]): Map<string, string> {
  const respelled = new Map<string, string>();
  events.forEach(({ parsed }, ordinal) => {
    if (titles[ordinal] !== parsed.title) respelled.set(parsed.id, titles[ordinal]);
    else respelled.delete(parsed.id);
  });
  return respelled;
}

/**
 * Per event, by position in its related list, the titles shown where they differ from the
 * entry's own: a related event in the collection by its display title (when respelled), one
 * outside the collection with its headline's folded words spelled as this event's text has them.
 * Story names stay as written, so the app finds them where `storyPrefixLength` says.
 */
function relatedDisplayTitles(
  events: readonly LinkedEvent[],
  respelled: ReadonlyMap<string, string>,
  storyNames: ReadonlySet<string>,
): Record<string, string>[] {
  return events.map(({ parsed, outside }) => {
    const titles: Record<string, string> = {};
    parsed.related.forEach((entry, position) => {
      const written = parsed.foldedRelated?.[position];
      const title = outside.includes(position)
        ? written && unfoldedOutside(written, ownSpellings(parsed), storyNames)
        : respelled.get(entry.id);
      if (title) titles[position] = title;
    });
    return titles;
  });
}

function unfoldedOutside(title: string, own: Spellings, storyNames: ReadonlySet<string>): string | undefined {
  const prefix = storyPrefixLength(title, storyNames);
  const headline = title.slice(prefix);
  const unfolded = unfoldTitle(headline, own);
  return unfolded === headline ? undefined : title.slice(0, prefix) + unfolded;
}

function tagIdsOf(event: LinkedEvent, tables: Tables): number[] {
  return [...event.tags].map((name) => tables.tagIds.get(name)!).sort((a, b) => a - b);
}

function dayFileOf(dayFiles: ReadonlyMap<DayNumber, string>, day: DayNumber): string {
  const file = dayFiles.get(day);
  if (file === undefined) throw new Error(`no day file was written for ${isoFromDay(day)}`);
  return file;
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Year shards, or month shards for a crowded year; keys sort in ordinal order. */
export function shardGroups(events: readonly LinkedEvent[]): Map<string, LinkedEvent[]> {
  const groups = new Map<string, LinkedEvent[]>();
  for (const [year, yearEvents] of groupBy(events, (e) => isoFromDay(e.parsed.day).slice(0, 4))) {
    if (yearEvents.length <= YEAR_SHARD_LIMIT) groups.set(year, yearEvents);
    else
      for (const [month, monthEvents] of groupBy(yearEvents, (e) => isoFromDay(e.parsed.day).slice(0, 7)))
        groups.set(month, monthEvents);
  }
  return groups;
}

function tagOrdinals(
  events: readonly LinkedEvent[],
  tables: Tables,
  tagIdsOf: (event: LinkedEvent) => number[],
): number[][] {
  const ordinals: number[][] = tables.tagNames.map(() => []);
  events.forEach((event, ordinal) => tagIdsOf(event).forEach((id) => ordinals[id].push(ordinal)));
  return ordinals;
}
