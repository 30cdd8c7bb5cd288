/**
 * The bundle contract: what the compiler writes under public/data and the app reads.
 *
 * Layout (all paths relative to the data root, `/data/` in the app):
 *   manifest.json                 the only fixed name; small; everything the first view needs
 *   index/<key>.<hash>.json       IndexShard: compact per-event columns for one period
 *   days/<yyyy>/<mm-dd>.<hash>.json  DayDetail: full text of one day's events
 *   tags/<n>.<hash>.json          PostingsShard: which events carry which tags
 *   stories/<n>.<hash>.json       StoryPostingsShard: which events belong to which stories
 *   search/<hash>/...             the full-text search index (search-format.ts)
 *
 * Every file but the manifest is content-hashed and immutable, so the manifest is the commit
 * point: a build writes the new shards first and replaces the manifest last, atomically.
 *
 * A day file holds only what that day's own markdown files say. Everything that needs the whole
 * corpus (story split, tags, whether a related link resolves) lives in the index shards, so the
 * compiler can write each day as soon as its files are parsed, on any thread, and an edit
 * rewrites only its own day.
 *
 * Events are numbered by their *ordinal*: their position when the whole corpus is sorted by
 * (day, slug). Shards are contiguous ordinal ranges.
 */
import type { DayNumber, EventId } from './ids.ts';

export const BUNDLE_VERSION = 5;

export type TagId = number;
export type StoryId = number;

export interface Manifest {
  version: typeof BUNDLE_VERSION;
  /** Changes whenever any content changes; lets the app drop stale caches. */
  buildId: string;
  eventCount: number;
  /** First and last day that carry events (both inclusive). */
  firstDay: DayNumber;
  lastDay: DayNumber;
  /** Events per day: `dayCounts[d - firstDay]` for every day from firstDay to lastDay. */
  dayCounts: number[];
  /** Indexed by TagId; sorted by count, most used first, then by name. */
  tags: TagEntry[];
  /** Indexed by StoryId. Nested stories point at their parent. */
  stories: StoryEntry[];
  /** In ordinal order; together they cover every event exactly once. */
  shards: ShardEntry[];
  /** Postings files, indexed by TagEntry.postings. */
  postings: string[];
  /** Story membership files, indexed by StoryEntry.members. */
  storyPostings: string[];
  /** The search index's index.json (SearchIndex in search-format.ts); absent in older bundles. */
  search?: string;
}

export interface TagEntry {
  /** The tag's identity, as the contexts and titles write it: URLs (`?tag=`) and search use it. */
  name: string;
  /** How to show the name where the upstream export folded it (`Turkey-PKK conflict`) and the
   *  corpus spells it unfolded (`Turkey–PKK conflict`; compiler/tag-labels.ts); absent when the
   *  name reads as it should. Stories show their tag's label. */
  label?: string;
  /** How many events carry the tag. */
  count: number;
  /** Index into Manifest.postings of the file listing its events. */
  postings: number;
  /** The tag names a story (it is also in Manifest.stories). */
  isStory: boolean;
}

export interface StoryEntry {
  name: string;
  parent: StoryId | null;
  /** Events whose story path includes this story. */
  count: number;
  /** The same name as a tag. */
  tag: TagId;
  /** Events of the story or of any story nested in it: what "k of N" counts. */
  size: number;
  /** The days of the first and last of those events. */
  firstDay: DayNumber;
  lastDay: DayNumber;
  /** Index into Manifest.storyPostings of the file listing those events. */
  members: number;
}

export interface ShardEntry {
  /** `2015` for a year shard, `2015-09` for a month shard. */
  key: string;
  firstDay: DayNumber;
  lastDay: DayNumber;
  firstOrdinal: number;
  count: number;
  /** IndexShard file, relative to the data root. */
  file: string;
}

/** Parallel columns, one entry per event of the shard, in ordinal order. */
export interface IndexShard {
  version: typeof BUNDLE_VERSION;
  key: string;
  days: DayNumber[];
  slugs: string[];
  /** Full title for display: the file's (trimmed), with the headline's ASCII-folded words
   *  (`Egypt-s`) spelled as the body or related entries have them (`Egypt’s`; unfold.ts). The
   *  story names before the headline stay as written. */
  titles: string[];
  /** Where the headline starts in the title (0 when there is no story). */
  headlineStarts: number[];
  /** The story path, outermost first; empty when the title has no story. */
  storyPaths: StoryId[][];
  /** Sorted tag ids per event. */
  tags: TagId[][];
  /** Positions in the event's related list of the entries whose target is not in this corpus. */
  relatedOutside: number[][];
  /** Per event, by position in its related list, a title to show instead of the one the entry
   *  gives: a related event in the collection by its display title (as `titles`) where that was
   *  respelled; one outside the collection with its headline's folded words spelled as this
   *  event's body and related titles have them. Story names stay as written. */
  relatedTitles: Record<string, string>[];
  /** DayDetail file (relative to the data root) for each day of the shard with events. */
  dayFiles: Record<string, string>;
}

export interface PostingsShard {
  version: typeof BUNDLE_VERSION;
  /** TagId -> ordinals of the events carrying it, ascending and delta-encoded
   *  (first value absolute, then differences). */
  tags: Record<string, number[]>;
}

export interface StoryPostingsShard {
  version: typeof BUNDLE_VERSION;
  /** StoryId -> ordinals of its events (sub-stories' included), ascending and delta-encoded. */
  stories: Record<string, number[]>;
}

export interface DayFile {
  version: typeof BUNDLE_VERSION;
  day: DayNumber;
  /** In ordinal order. */
  events: DayEvent[];
  /** The day page's grouping (`index.md`), in its order; absent when the day has no page. */
  sections?: DaySection[];
}

/** A category heading of the day page (`Armed conflicts and attacks`; '' before any heading)
 *  and the slugs of this day's events listed under it. */
export interface DaySection {
  heading: string;
  slugs: string[];
}

export interface DayEvent {
  id: EventId;
  day: DayNumber;
  slug: string;
  /** Full title, verbatim from the file (trimmed); the index shard has it spelled for display. */
  title: string;
  body: Block[];
  sources: Source[];
  related: DayRelated[];
  /** The markdown file, relative to the corpus root. */
  file: string;
}

export interface Source {
  outlet: string;
  /** Always http(s). */
  url: string;
}

export interface DayRelated {
  id: EventId;
  day: DayNumber;
  /** The title the link gives. */
  title: string;
  /** The `_Context: ..._` text as written; `splitContexts` with the manifest's tag names gives
   *  the tag names (a name may itself contain a comma). */
  contexts: string;
}

/**
 * Body text as data, never HTML: the app renders these nodes as React elements, so nothing
 * from the corpus can run as code.
 */
export type Block = { type: 'paragraph'; children: Inline[] };

export type Inline =
  | { type: 'text'; value: string }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'strong'; children: Inline[] }
  | { type: 'code'; value: string }
  /** href is http(s), or an internal `/news/...` path in canonical form. */
  | { type: 'link'; href: string; children: Inline[] };
