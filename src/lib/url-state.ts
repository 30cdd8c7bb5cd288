/**
 * The view state that lives in the query string: tag filter, match mode and visible range.
 * The path (which day or event) is handled by parseNewsPath/eventPath in src/bundle.
 *
 *   ?q=lehman&tag=Iran&tag=Syria&match=any&from=2015-09-01&to=2015-10-01
 *   ?from=2015-09-26T06:00Z&to=2015-09-26T18:00Z        (zoomed in below a day)
 *   ?view=list                                          (the events in view as a list)
 */
import { MS_PER_DAY, type TimeRange } from './time-range.ts';

export type MatchMode = 'all' | 'any';
/** How the events in view are shown: the zoomable timeline or a list grouped by day. */
export type ViewMode = 'timeline' | 'list';

export interface ViewParams {
  /** The search query as typed; '' or absent when there is none. */
  q?: string;
  /** Tag names, in the order they were added; names may contain commas. */
  tags: string[];
  match: MatchMode;
  range: TimeRange | null;
  mode: ViewMode;
  /** `lanes=stories`: the timeline stacks the largest stories in view into lanes. */
  lanes?: 'stories';
  /** Story paths given a lane of their own (`pin=arab-spring`), in the order pinned. */
  pins?: string[];
}

export interface ParsedView extends ViewParams {
  /** Human-readable reasons some parameters were ignored. */
  problems: string[];
}

export function parseView(search: string | URLSearchParams): ParsedView {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const problems: string[] = [];

  const tags: string[] = [];
  for (const raw of params.getAll('tag')) {
    const name = raw.trim();
    if (name === '') problems.push('An empty "tag" was ignored.');
    else if (!tags.includes(name)) tags.push(name);
  }

  let match: MatchMode = 'all';
  const rawMatch = params.get('match');
  if (rawMatch === 'any' || rawMatch === 'all') match = rawMatch;
  else if (rawMatch !== null) problems.push(`Unknown match mode "${rawMatch}" (use "all" or "any").`);

  let mode: ViewMode = 'timeline';
  const rawMode = params.get('view');
  if (rawMode === 'list') mode = rawMode;
  else if (rawMode !== null) problems.push(`Unknown view "${rawMode}" (use "list", or leave it out for the timeline).`);

  const rawLanes = params.get('lanes');
  const lanes = rawLanes === 'stories' ? rawLanes : undefined;
  if (rawLanes !== null && lanes === undefined) problems.push(`Unknown lanes "${rawLanes}" (use "stories").`);
  const pins = [...new Set(params.getAll('pin').map((pin) => pin.trim().toLowerCase()))].filter(Boolean);

  const q = (params.get('q') ?? '').trim();
  const view: ParsedView = { ...(q ? { q } : {}), tags, match, range: parseRange(params, problems), mode, problems };
  if (lanes) view.lanes = lanes;
  if (pins.length > 0) view.pins = pins;
  return view;
}

function parseRange(params: URLSearchParams, problems: string[]): TimeRange | null {
  const rawFrom = params.get('from');
  const rawTo = params.get('to');
  if (rawFrom === null && rawTo === null) return null;
  if (rawFrom === null || rawTo === null) {
    problems.push('A range needs both "from" and "to"; showing the default range.');
    return null;
  }
  const start = parseInstant(rawFrom);
  const end = parseInstant(rawTo);
  if (start === null || end === null) {
    // Every bad one is named, not just the first.
    for (const [name, raw, ms] of [
      ['from', rawFrom, start],
      ['to', rawTo, end],
    ] as const) {
      if (ms === null) problems.push(`"${name}": "${raw}" is not a date (use 2015-09-26 or 2015-09-26T06:00Z).`);
    }
    return null;
  }
  if (start >= end) {
    problems.push(`"from" (${rawFrom}) must be before "to" (${rawTo}).`);
    return null;
  }
  return { start, end };
}

/** `2015-09-26` (or unpadded `2015-9-6`), `2015-09-26T06:00Z` or `…T06:00:30Z` to UTC ms; null otherwise. */
export function parseInstant(text: string): number | null {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?Z)?$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const [hour, minute, second] = [Number(match[4] ?? 0), Number(match[5] ?? 0), Number(match[6] ?? 0)];
  if (year < 1 || hour > 23 || minute > 59 || second > 59) return null;
  // Not Date.UTC: it reads years 0-99 as 1900-1999, so 0049-12-30 became 1949.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second);
  const ms = date.getTime();
  // Date.UTC silently rolls 2015-02-30 into March; a real day round-trips.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return ms;
}

/** The years a URL can name: four digits, 0001 to 9999. */
const FIRST_MS = -62_135_596_800_000; // 0001-01-01
const LAST_MS = 253_402_214_400_000; // 9999-12-31

/**
 * Whole days when the instant is midnight, else minutes (seconds only when present). Instants
 * beyond the four-digit years are written as the nearest one a URL can hold.
 */
export function formatInstant(ms: number): string {
  const iso = new Date(Math.min(Math.max(ms, FIRST_MS), LAST_MS)).toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  if (ms % 60_000 === 0) return `${iso.slice(0, 16)}Z`;
  return `${iso.slice(0, 19)}Z`;
}

/**
 * Rounds a range for the URL: to whole days when it spans several days (short, readable
 * links), to minutes when zoomed in closer. The result always contains the input.
 */
export function roundRangeForUrl(range: TimeRange): TimeRange {
  const unit = range.end - range.start >= 3 * MS_PER_DAY ? MS_PER_DAY : 60_000;
  const start = Math.floor(range.start / unit) * unit;
  const end = Math.max(Math.ceil(range.end / unit) * unit, start + unit);
  return { start, end };
}

/** The query string for a view, with a leading `?`, or '' when there is nothing to say. */
export function serialiseView(view: ViewParams): string {
  const params = new URLSearchParams();
  if (view.q?.trim()) params.set('q', view.q.trim());
  for (const tag of view.tags) params.append('tag', tag);
  if (view.match === 'any') params.set('match', 'any');
  if (view.lanes) params.set('lanes', view.lanes);
  for (const pin of view.pins ?? []) params.append('pin', pin);
  if (view.range) {
    const rounded = roundRangeForUrl(view.range);
    params.set('from', formatInstant(rounded.start));
    params.set('to', formatInstant(rounded.end));
  }
  if (view.mode === 'list') params.set('view', 'list');
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Drops tags the corpus does not know, reporting each one. */
export function keepKnownTags(view: ParsedView, isKnown: (name: string) => boolean): ParsedView {
  const unknown = view.tags.filter((name) => !isKnown(name));
  if (unknown.length === 0) return view;
  return {
    ...view,
    tags: view.tags.filter(isKnown),
    problems: [...view.problems, ...unknown.map((name) => `No events carry the tag "${name}".`)],
  };
}

/** Adds a tag (no duplicates); the caller pushes the result so Back removes it again. */
export function withTag(view: ViewParams, name: string): ViewParams {
  return view.tags.includes(name) ? view : { ...view, tags: [...view.tags, name] };
}

export function withoutTag(view: ViewParams, name: string): ViewParams {
  return { ...view, tags: view.tags.filter((tag) => tag !== name) };
}
