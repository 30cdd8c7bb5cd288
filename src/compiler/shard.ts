/**
 * The corpus-wide files of the bundle (index shards, postings, the manifest) from the linked
 * corpus and the day files already written. Pure: the caller writes what it yields; the
 * manifest is the generator's return value.
 */
import {
  BUNDLE_VERSION,
  isoFromDay,
  type DayNumber,
  type IndexShard,
  type Manifest,
  type PostingsShard,
  type ShardEntry,
  type StoryPostingsShard,
} from '../bundle/index.ts';
import { displayTitles } from './display-titles.ts';
import { contentHash, hashedFile, type OutFile } from './hashed-file.ts';
import type { LinkedCorpus, LinkedEvent } from './link.ts';
import { postingsGroups } from './postings-groups.ts';
import { storyMembers } from './story-members.ts';
import { buildTables, type Tables } from './tables.ts';
import { tagLabels } from './tag-labels.ts';

export { deltaEncode, POSTINGS_PER_FILE } from './postings-groups.ts';

/** A year with more events than this is split into month shards. */
export const YEAR_SHARD_LIMIT = 4000;

/** `dayFiles` gives the day file of every day with events. */
export function* bundleFiles(
  corpus: LinkedCorpus,
  dayFiles: ReadonlyMap<DayNumber, string>,
): Generator<OutFile, Manifest> {
  const { events } = corpus;
  const tables = buildTables(events);
  const titles = displayTitles(events);
  const relatedTitles = relatedDisplayTitles(events, titles);

  const shards: ShardEntry[] = [];
  let firstOrdinal = 0;
  for (const [key, shardEvents] of shardGroups(events)) {
    const shard: IndexShard = {
      version: BUNDLE_VERSION,
      key,
      days: shardEvents.map((e) => e.parsed.day),
      slugs: shardEvents.map((e) => e.parsed.slug),
      titles: titles.slice(firstOrdinal, firstOrdinal + shardEvents.length),
      headlineStarts: shardEvents.map((e) => e.headlineStart),
      storyPaths: shardEvents.map((e) => e.storyPath.map((name) => tables.storyIds.get(name)!)),
      tags: shardEvents.map((e) => tagIdsOf(e, tables)),
      relatedOutside: shardEvents.map((e) => e.outside),
      relatedTitles: relatedTitles.slice(firstOrdinal, firstOrdinal + shardEvents.length),
      dayFiles: Object.fromEntries(
        [...new Set(shardEvents.map((e) => e.parsed.day))].map((d) => [String(d), dayFileOf(dayFiles, d)]),
      ),
    };
    const file = hashedFile(`index/${key}`, JSON.stringify(shard));
    shards.push({
      key,
      firstDay: shard.days[0],
      lastDay: shard.days.at(-1)!,
      firstOrdinal,
      count: shardEvents.length,
      file: file.path,
    });
    firstOrdinal += shardEvents.length;
    yield file;
  }

  const postings: string[] = [];
  const postingsOf = new Array<number>(tables.tagNames.length);
  for (const group of postingsGroups(tagOrdinals(events, tables))) {
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

/** Per event, the display titles of the related events in the collection whose title the
 *  compiler respelled, by position in its related list. */
function relatedDisplayTitles(events: readonly LinkedEvent[], titles: readonly string[]): Record<string, string>[] {
  // Only the few respelled titles are looked up: comparing 1.5 million related entries' titles
  // took seconds at 150,000 events.
  const respelledById = new Map<string, string>();
  events.forEach(({ parsed }, ordinal) => {
    if (titles[ordinal] !== parsed.title) respelledById.set(parsed.id, titles[ordinal]);
    else respelledById.delete(parsed.id);
  });
  return events.map((event) => {
    const respelled: Record<string, string> = {};
    event.parsed.related.forEach((entry, position) => {
      const title = respelledById.get(entry.id);
      if (title !== undefined) respelled[position] = title;
    });
    return respelled;
  });
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

function tagOrdinals(events: readonly LinkedEvent[], tables: Tables): number[][] {
  const ordinals: number[][] = tables.tagNames.map(() => []);
  events.forEach((event, ordinal) => event.tags.forEach((name) => ordinals[tables.tagIds.get(name)!].push(ordinal)));
  return ordinals;
}
