/**
 * The bundle's files from the linked corpus, one at a time so a 150,000-event build never
 * holds every serialised day in memory. Pure: the caller writes what it yields.
 * Files come out hashed-first; the manifest is the generator's return value.
 */
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import {
  BUNDLE_VERSION,
  isoFromDay,
  type DayDetail,
  type EventDetail,
  type IndexShard,
  type Manifest,
  type PostingsShard,
  type ShardEntry,
} from '../bundle/index.ts';
import type { LinkedCorpus, LinkedEvent } from './link.ts';
import { sameDay, type DayOutputs } from './day-reuse.ts';
import { buildTables, type Tables } from './tables.ts';

export interface OutFile {
  /** Relative to the data root. */
  path: string;
  /** UTF-8 JSON; null for a day file kept from the previous build: it is already in the output folder. */
  content: Buffer | null;
}

/** Day files of the previous build to reuse, and where to record this build's. */
export interface DayReuse {
  previous: DayOutputs;
  next: DayOutputs;
}

/** A year with more events than this is split into month shards. */
export const YEAR_SHARD_LIMIT = 4000;
/** Postings files group tags until they hold about this many ordinals; bigger tags go alone. */
export const POSTINGS_PER_FILE = 20_000;

export function contentHash(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 12);
}

/** Encoded once, then hashed and written as bytes (hashing and writing a string each encoded it). */
function hashedFile(base: string, json: string): OutFile {
  const content = utf8(json);
  return { path: `${base}.${contentHash(content)}.json`, content };
}

let scratch = Buffer.allocUnsafe(1 << 20);

/**
 * Buffer.from(json), faster: Buffer.from measures the UTF-8 length in a pass of its own, which
 * for day files with non-Latin text (UTF-16 inside V8) cost more than JSON.stringify itself.
 */
function utf8(json: string): Buffer {
  if (scratch.length < json.length * 3) scratch = Buffer.allocUnsafe(json.length * 3);
  const length = scratch.write(json);
  const bytes = Buffer.allocUnsafe(length);
  scratch.copy(bytes, 0, 0, length);
  return bytes;
}

export function* bundleFiles(corpus: LinkedCorpus, reuse?: DayReuse): Generator<OutFile, Manifest> {
  const { events } = corpus;
  const tables = buildTables(events);
  const dayFile = new Map<number, string>();

  for (const [day, dayEvents] of groupBy(events, (e) => e.parsed.day)) {
    const previous = reuse?.previous.get(day);
    if (previous && sameDay(previous.events, dayEvents)) {
      dayFile.set(day, previous.path);
      reuse?.next.set(day, { events: dayEvents, path: previous.path });
      yield { path: previous.path, content: null };
      continue;
    }
    const detail: DayDetail = { version: BUNDLE_VERSION, day, events: dayEvents.map(eventDetail) };
    const iso = isoFromDay(day);
    const file = hashedFile(`days/${iso.slice(0, 4)}/${iso.slice(5)}`, JSON.stringify(detail));
    dayFile.set(day, file.path);
    reuse?.next.set(day, { events: dayEvents, path: file.path });
    yield file;
  }

  const shards: ShardEntry[] = [];
  let firstOrdinal = 0;
  for (const [key, shardEvents] of shardGroups(events)) {
    const shard: IndexShard = {
      version: BUNDLE_VERSION,
      key,
      days: shardEvents.map((e) => e.parsed.day),
      slugs: shardEvents.map((e) => e.parsed.slug),
      titles: shardEvents.map((e) => e.parsed.title),
      headlineStarts: shardEvents.map((e) => e.headlineStart),
      stories: shardEvents.map((e) => (e.storyPath.length ? tables.storyIds.get(e.storyPath.at(-1)!)! : -1)),
      tags: shardEvents.map((e) => tagIdsOf(e, tables)),
      dayFiles: Object.fromEntries([...new Set(shardEvents.map((e) => e.parsed.day))].map((d) => [String(d), dayFile.get(d)!])),
    };
    const file = hashedFile(`index/${key}`, JSON.stringify(shard));
    shards.push({ key, firstDay: shard.days[0], lastDay: shard.days.at(-1)!, firstOrdinal, count: shardEvents.length, file: file.path });
    firstOrdinal += shardEvents.length;
    yield file;
  }

  const postings: string[] = [];
  const postingsOf = new Array<number>(tables.tagNames.length);
  for (const group of postingsGroups(events, tables)) {
    const file = hashedFile(`tags/${postings.length}`, JSON.stringify(group.shard));
    group.tagIds.forEach((tag) => (postingsOf[tag] = postings.length));
    postings.push(file.path);
    yield file;
  }

  const firstDay = events[0].parsed.day;
  const lastDay = events.at(-1)!.parsed.day;
  const dayCounts = new Array<number>(lastDay - firstDay + 1).fill(0);
  for (const event of events) dayCounts[event.parsed.day - firstDay]++;
  const body = {
    eventCount: events.length,
    firstDay,
    lastDay,
    dayCounts,
    tags: tables.tagNames.map((name, id) => ({
      name,
      count: tables.tagCounts[id],
      postings: postingsOf[id],
      isStory: tables.storyIds.has(name),
    })),
    stories: tables.stories,
    shards,
    postings,
  };
  // The hashed names already fingerprint every shard, so hashing the rest covers all content.
  return { version: BUNDLE_VERSION, buildId: contentHash(JSON.stringify(body)), ...body };
}

function tagIdsOf(event: LinkedEvent, tables: Tables): number[] {
  return [...event.tags].map((name) => tables.tagIds.get(name)!).sort((a, b) => a - b);
}

export function eventDetail(event: LinkedEvent): EventDetail {
  const { parsed } = event;
  return {
    id: parsed.id,
    day: parsed.day,
    slug: parsed.slug,
    title: parsed.title,
    storyPath: event.storyPath,
    headline: parsed.title.slice(event.headlineStart),
    body: parsed.body,
    sources: parsed.sources,
    related: event.related,
    tags: [...event.tags].sort(),
    file: parsed.file,
  };
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
    else for (const [month, monthEvents] of groupBy(yearEvents, (e) => isoFromDay(e.parsed.day).slice(0, 7))) groups.set(month, monthEvents);
  }
  return groups;
}

function* postingsGroups(events: readonly LinkedEvent[], tables: Tables): Generator<{ tagIds: number[]; shard: PostingsShard }> {
  const ordinals: number[][] = tables.tagNames.map(() => []);
  events.forEach((event, ordinal) => event.tags.forEach((name) => ordinals[tables.tagIds.get(name)!].push(ordinal)));
  let tagIds: number[] = [];
  let size = 0;
  const flush = () => {
    const tags: Record<string, number[]> = {};
    for (const id of tagIds) tags[String(id)] = deltaEncode(ordinals[id]);
    const group = { tagIds, shard: { version: BUNDLE_VERSION, tags } as PostingsShard };
    tagIds = [];
    size = 0;
    return group;
  };
  for (let id = 0; id < ordinals.length; id++) {
    if (size > 0 && size + ordinals[id].length > POSTINGS_PER_FILE) yield flush();
    tagIds.push(id);
    size += ordinals[id].length;
  }
  if (tagIds.length > 0) yield flush();
}

export function deltaEncode(sorted: readonly number[]): number[] {
  return sorted.map((value, i) => (i === 0 ? value : value - sorted[i - 1]));
}
