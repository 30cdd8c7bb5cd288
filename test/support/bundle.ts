/** Typed bundle fixtures: files of the current version with only what a test sets. */
import {
  BUNDLE_VERSION,
  dayFromIso,
  eventId,
  type DayEvent,
  type Manifest,
  type PostingsShard,
  type TagEntry,
} from '../../src/bundle/index.ts';

/** A manifest of an empty corpus, with `fields` over it. */
export function makeManifest(fields: Partial<Manifest> = {}): Manifest {
  return {
    version: BUNDLE_VERSION,
    buildId: 'test',
    eventCount: 0,
    firstDay: 0,
    lastDay: 0,
    dayCounts: [0],
    tags: [],
    stories: [],
    shards: [],
    postings: [],
    storyPostings: [],
    ...fields,
  };
}

/** Tag entries of these names, each listed in the postings file of the given index (0 if absent). */
export function makeTags(names: readonly string[], postings: readonly number[] = []): TagEntry[] {
  return names.map((name, id) => ({ name, count: names.length - id, postings: postings[id] ?? 0, isStory: false }));
}

export function makePostings(tags: PostingsShard['tags'] = {}): PostingsShard {
  return { version: BUNDLE_VERSION, tags };
}

/** A day file's event of `date` (YYYY-MM-DD) named `slug`: title `slug`, no body, sources or related. */
export function makeDayEvent(date: string, slug: string, fields: Partial<DayEvent> = {}): DayEvent {
  const day = dayFromIso(date)!;
  const file = `news/${date.replaceAll('-', '/')}/${slug}.md`;
  return { id: eventId(day, slug), day, slug, title: slug, body: [], sources: [], related: [], file, ...fields };
}
