import { useCallback, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import {
  dayPath,
  eventPath,
  parseNewsPath,
  splitEventId,
  type DayNumber,
  type EventId,
  type Manifest,
} from '../bundle/index.ts';
import { MS_PER_DAY, type TimeRange } from '../lib/time-range.ts';
import {
  formatInstant,
  keepKnownTags,
  parseView,
  roundRangeForUrl,
  serialiseView,
  withTag,
  withoutTag,
  type MatchMode,
  type ParsedView,
} from '../lib/url-state.ts';
import { corpusRange, rangeAroundDay, rangeShowingDay, DAY_FOCUS_WIDTH } from '../lib/view-range.ts';

export interface ViewState {
  view: ParsedView;
  /** The day or event in the path, if any. */
  selection: ReturnType<typeof parseNewsPath>;
  /** The range the timeline should show (exact, not rounded like the URL's). */
  range: TimeRange;
  /** Gesture ended: remember the range and write it to the URL without a history entry. */
  commitRange: (range: TimeRange) => void;
  select: (id: EventId | null) => void;
  addTag: (name: string) => void;
  removeTag: (name: string) => void;
  setMatch: (mode: MatchMode) => void;
  /** Typing: the query replaces the history entry, and the panel shows its results. */
  setQuery: (q: string) => void;
  /** Opens a day, or shows a span of days, with the query cleared; a new history entry. */
  goToDays: (fromDay: DayNumber, toDay: DayNumber) => void;
  eventHref: (id: EventId, day: DayNumber) => string;
  dayHref: (day: DayNumber) => string;
}

function rangeKey(range: TimeRange | null, fallback: string): string {
  if (!range) return fallback;
  const rounded = roundRangeForUrl(range);
  return `${formatInstant(rounded.start)}|${formatInstant(rounded.end)}`;
}

/**
 * The URL is the state: path = selection, query = filter and range. Selections and filter
 * changes push history entries; the range replaces, once a gesture ends.
 */
export function useViewState(manifest: Manifest): ViewState {
  const location = useLocation();
  const navigate = useNavigate();
  const knownTags = useMemo(() => new Set(manifest.tags.map((tag) => tag.name)), [manifest]);
  const view = useMemo(
    () => keepKnownTags(parseView(location.search), (name) => knownTags.has(name)),
    [location.search, knownTags],
  );
  const selection = useMemo(() => parseNewsPath(location.pathname), [location.pathname]);
  const selectedDay = selection?.day ?? null;

  // Follow the URL when it changes from outside (link, back/forward), but not when the change
  // is our own range write arriving: that keeps the exact range rather than the URL's rounding.
  const urlKey = rangeKey(view.range, `default:${selectedDay ?? ''}`);
  const [sync, setSync] = useState(() => ({
    seenUrlKey: urlKey,
    writtenKey: null as string | null,
    range: initialRange(view.range, selectedDay, manifest),
  }));
  let current = sync;
  if (sync.seenUrlKey !== urlKey) {
    current =
      urlKey === sync.writtenKey
        ? { ...sync, seenUrlKey: urlKey }
        : { seenUrlKey: urlKey, writtenKey: null, range: initialRange(view.range, selectedDay, manifest) };
    setSync(current);
  }
  const range = current.range;

  const searchFor = useCallback(
    (next: Partial<ParsedView>) => serialiseView({ ...view, range, ...next }),
    [view, range],
  );

  const commitRange = useCallback(
    (next: TimeRange) => {
      setSync((state) => ({ ...state, writtenKey: rangeKey(next, ''), range: next }));
      // No pathname: the router keeps its *current* path, even if a selection landed since this render.
      void navigate({ search: searchFor({ range: next }) }, { replace: true });
    },
    [navigate, searchFor],
  );

  const eventHref = useCallback(
    (id: EventId, day: DayNumber) => `${eventPath(id)}${searchFor({ range: rangeShowingDay(range, day) })}`,
    [searchFor, range],
  );
  const dayHref = useCallback(
    (day: DayNumber) => `${dayPath(day)}${searchFor({ range: rangeShowingDay(range, day) })}`,
    [searchFor, range],
  );

  const select = useCallback(
    (id: EventId | null) => {
      const parts = id ? splitEventId(id) : null;
      void navigate(id && parts ? eventHref(id, parts.day) : `/${searchFor({})}`);
    },
    [navigate, eventHref, searchFor],
  );

  const pushSearch = useCallback((search: string) => void navigate({ search }), [navigate]);
  const addTag = useCallback(
    (name: string) => pushSearch(searchFor(withTag(view, name))),
    [pushSearch, searchFor, view],
  );
  const removeTag = useCallback(
    (name: string) => pushSearch(searchFor(withoutTag(view, name))),
    [pushSearch, searchFor, view],
  );
  const setMatch = useCallback((match: MatchMode) => pushSearch(searchFor({ match })), [pushSearch, searchFor]);
  const setQuery = useCallback(
    (q: string) => void navigate({ pathname: '/', search: searchFor({ q }) }, { replace: true }),
    [navigate, searchFor],
  );
  const goToDays = useCallback(
    (fromDay: DayNumber, toDay: DayNumber) => {
      const days = { start: fromDay * MS_PER_DAY, end: toDay * MS_PER_DAY };
      if (toDay - fromDay === 1)
        void navigate(`${dayPath(fromDay)}${searchFor({ q: '', range: rangeAroundDay(fromDay, DAY_FOCUS_WIDTH) })}`);
      else void navigate({ pathname: '/', search: searchFor({ q: '', range: days }) });
    },
    [navigate, searchFor],
  );

  return {
    view,
    selection,
    range,
    commitRange,
    select,
    addTag,
    removeTag,
    setMatch,
    setQuery,
    goToDays,
    eventHref,
    dayHref,
  };
}

function initialRange(urlRange: TimeRange | null, day: DayNumber | null, manifest: Manifest): TimeRange {
  if (urlRange && urlRange.end - urlRange.start >= 60_000) return urlRange;
  if (day !== null) return rangeAroundDay(day, DAY_FOCUS_WIDTH);
  return corpusRange(manifest.firstDay, manifest.lastDay);
}
