/**
 * The corpus plan: every event's day, title, slug and topics, decided up front so related
 * links can point at real events. File text is produced later, one event at a time.
 */
import { dateFromDay, type DayNumber } from '../bundle/index.ts';
import { planDays, randomCorpusDay } from './calendar.ts';
import { Cast, headline, headlineTail } from './headlines.ts';
import { mixSeed, Random, ZipfPicker } from './random.ts';
import { FIRST_YEAR, LAST_YEAR } from './stories.ts';
import { foldAscii, upstreamSlug } from './text.ts';
import { buildTopics, type Topics } from './topics.ts';

export interface PlannedEvent {
  day: DayNumber;
  slug: string;
  /** ASCII-folded, as the file's H1 has it (without the trailing space). */
  title: string;
  /** Topic indices, ascending: everything the title names, plus its stories. */
  topics: number[];
}

export interface CorpusPlan {
  seed: number;
  world: Topics;
  /** Sorted by day; within a day in generation order. */
  events: PlannedEvent[];
  /** Events outside the corpus (other years, a partial export) that related lists point at. */
  outside: PlannedEvent[];
  /** Days whose folder is written unpadded (`news/2017/05/4/`). */
  unpaddedDays: Set<DayNumber>;
  /** Events per topic: `eventsByTopic[offsets[t] .. offsets[t + 1])`. */
  topicOffsets: Int32Array;
  eventsByTopic: Int32Array;
}

export const MIN_TITLE = 60;
export const MAX_TITLE = 200;
const STORY_SHARE = 0.6;
const CHILD_STORY_SHARE = 0.45;
const UNPADDED_DAY_SHARE = 0.3;

export function planCorpus(totalEvents: number, seed: number): CorpusPlan {
  const world = buildTopics(new Random(mixSeed(seed, 0)));
  const storyPickers = storiesByYear(world);
  const events: PlannedEvent[] = [];
  const unpaddedDays = new Set<DayNumber>();
  for (const { day, count } of planDays(totalEvents, new Random(mixSeed(seed, 1)))) {
    if (dateFromDay(day).getUTCDate() < 10 && new Random(mixSeed(seed, 2, day)).chance(UNPADDED_DAY_SHARE)) {
      unpaddedDays.add(day);
    }
    const slugs = new Set<string>();
    for (let i = 0; i < count; i++) {
      const random = new Random(mixSeed(seed, 3, events.length));
      const event = planEvent(day, random, world, storyPickers);
      event.slug = uniqueSlug(event.slug, slugs);
      events.push(event);
    }
  }
  const outside = planOutside(events, seed, world, storyPickers);
  return { seed, world, events, outside, unpaddedDays, ...indexTopics(events, world.list.length) };
}

/** One outside event per ten corpus events: shared by many related lists, as real ones are. */
function planOutside(events: PlannedEvent[], seed: number, world: Topics, pickers: YearStories): PlannedEvent[] {
  const taken = new Set(events.map((e) => `${e.day}/${e.slug}`));
  const outside: PlannedEvent[] = [];
  const count = Math.max(200, Math.round(events.length / 10));
  for (let k = 0; outside.length < count; k++) {
    const random = new Random(mixSeed(seed, 7, k));
    const event = planEvent(randomCorpusDay(random), random, world, pickers);
    const key = `${event.day}/${event.slug}`;
    if (taken.has(key)) continue;
    taken.add(key);
    outside.push(event);
  }
  return outside;
}

function planEvent(day: DayNumber, random: Random, world: Topics, pickers: YearStories): PlannedEvent {
  const path = pickStoryPath(dateFromDay(day).getUTCFullYear(), random, world, pickers);
  const prefix = path.map((s) => `${world.stories[s].display}: `).join('');
  let original = '';
  let title = '';
  // Events of a country's story mostly name that country (the innermost story's, when nested).
  const country = path.length > 0 && random.chance(0.8) ? world.storyCountries[path[path.length - 1]] : null;
  let cast = new Cast(random, world, country);
  for (let attempt = 0; attempt < 6; attempt++) {
    cast = new Cast(random, world, country);
    original = prefix + headline(cast, random);
    if (foldAscii(original).length < MIN_TITLE) original += headlineTail(cast, random);
    title = foldAscii(original);
    if (title.length <= MAX_TITLE) break;
  }
  if (title.length > MAX_TITLE) title = `${title.slice(0, title.lastIndexOf(' ', MAX_TITLE - 1))}.`;
  const topics = new Set(cast.topics);
  for (const s of path) topics.add(world.stories[s].topic);
  return { day, slug: upstreamSlug(original), title, topics: [...topics].sort((a, b) => a - b) };
}

type YearStories = Map<number, { stories: number[]; picker: ZipfPicker }>;

/** Top-level stories active each year, in rank order, with a skewed picker over them. */
function storiesByYear(world: Topics): YearStories {
  const byYear: YearStories = new Map();
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const stories = world.stories
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => s.parent === null && s.firstYear <= year && year <= s.lastYear)
      .map(({ i }) => i);
    byYear.set(year, { stories, picker: new ZipfPicker(stories.length, 0.8) });
  }
  return byYear;
}

function pickStoryPath(year: number, random: Random, world: Topics, pickers: YearStories): number[] {
  const active = pickers.get(year);
  if (!active || active.stories.length === 0 || !random.chance(STORY_SHARE)) return [];
  const top = active.stories[active.picker.index(random)];
  const children = world.stories[top].children.filter((c) => {
    const child = world.stories[c];
    return child.firstYear <= year && year <= child.lastYear;
  });
  if (children.length > 0 && random.chance(CHILD_STORY_SHARE)) return [top, random.pick(children)];
  return [top];
}

function uniqueSlug(slug: string, taken: Set<string>): string {
  let candidate = slug;
  for (let n = 2; taken.has(candidate); n++) candidate = `${slug}-${n}`;
  taken.add(candidate);
  return candidate;
}

function indexTopics(events: PlannedEvent[], topicCount: number) {
  const topicOffsets = new Int32Array(topicCount + 1);
  for (const event of events) for (const t of event.topics) topicOffsets[t + 1]++;
  for (let t = 0; t < topicCount; t++) topicOffsets[t + 1] += topicOffsets[t];
  const fill = topicOffsets.slice(0, topicCount);
  const eventsByTopic = new Int32Array(topicOffsets[topicCount]);
  events.forEach((event, i) => {
    for (const t of event.topics) eventsByTopic[fill[t]++] = i;
  });
  return { topicOffsets, eventsByTopic };
}
