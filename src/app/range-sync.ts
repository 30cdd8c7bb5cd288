/**
 * Which range the timeline shows, reconciled with the URL. The URL holds a rounded range; the
 * app keeps the exact one the user settled on, and follows the URL only when it changes from
 * outside (a link, Back/Forward), not when its own write arrives.
 */
import type { DayNumber } from '../bundle/index.ts';
import type { TimeRange } from '../lib/time-range.ts';
import { formatInstant, roundRangeForUrl } from '../lib/url-state.ts';
import { corpusRange, DAY_FOCUS_WIDTH, rangeAroundDay } from '../lib/view-range.ts';

export interface RangeSync {
  /** The URL's range key the state last saw. */
  seenUrlKey: string;
  /** The key of our own last write, so its arrival is not taken for outside navigation. */
  writtenKey: string | null;
  /** The range to show: the one place the app keeps it. */
  range: TimeRange;
}

/** What the URL says about the range: its own, or none with the selected day (if any). */
export interface UrlRange {
  range: TimeRange | null;
  day: DayNumber | null;
  /** A story's span to open on when the URL has neither range nor day. */
  focus?: { key: string; range: TimeRange } | null;
}

export type RangeAction = { kind: 'url'; url: UrlRange } | { kind: 'commit'; range: TimeRange };

export interface Corpus {
  firstDay: DayNumber;
  lastDay: DayNumber;
}

/** The key a range has in the URL (its rounding), or a key for "no range" at this day. */
export function urlKeyOf(url: UrlRange): string {
  if (!url.range) return `default:${url.day ?? ''}:${url.focus?.key ?? ''}`;
  return rangeKey(url.range);
}

function rangeKey(range: TimeRange): string {
  const rounded = roundRangeForUrl(range);
  return `${formatInstant(rounded.start)}|${formatInstant(rounded.end)}`;
}

/** The range a URL asks for: its own, else a week around its day, else the whole corpus. */
export function rangeForUrl(url: UrlRange, corpus: Corpus): TimeRange {
  if (url.range && url.range.end - url.range.start >= 60_000) return url.range;
  if (url.day !== null) return rangeAroundDay(url.day, DAY_FOCUS_WIDTH);
  if (url.focus) return url.focus.range;
  return corpusRange(corpus.firstDay, corpus.lastDay);
}

export function initialRangeSync(url: UrlRange, corpus: Corpus): RangeSync {
  return { seenUrlKey: urlKeyOf(url), writtenKey: null, range: rangeForUrl(url, corpus) };
}

/** The next state; the same object when nothing changed, so a caller can skip setState. */
export function reconcileRange(state: RangeSync, action: RangeAction, corpus: Corpus): RangeSync {
  if (action.kind === 'commit') return { ...state, writtenKey: rangeKey(action.range), range: action.range };
  const key = urlKeyOf(action.url);
  if (key === state.seenUrlKey) return state;
  if (key === state.writtenKey) return { ...state, seenUrlKey: key };
  return initialRangeSync(action.url, corpus);
}
