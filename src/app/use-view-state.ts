import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import {
  dayPath,
  eventPath,
  parseNewsPath,
  splitEventId,
  type DayNumber,
  type EventId,
  type Manifest,
  type StoryId,
} from '../bundle/index.ts';
import { storyHrefOf } from '../features/stories/index.ts';
import { MS_PER_DAY, type TimeRange } from '../lib/time-range.ts';
import {
  keepKnownTags,
  parseView,
  serialiseView,
  withTag,
  withoutTag,
  type MatchMode,
  type ParsedView,
  type ViewMode,
} from '../lib/url-state.ts';
import { DAY_FOCUS_WIDTH, rangeAroundDay, rangeShowingDay } from '../lib/view-range.ts';
import { initialRangeSync, reconcileRange } from './range-sync.ts';

export interface ViewState {
  view: ParsedView;
  /** The day or event in the path, if any. */
  selection: ReturnType<typeof parseNewsPath>;
  /** The range the timeline should show (exact, not rounded like the URL's). */
  range: TimeRange;
  /** Gesture ended: remember the range and write it to the URL without a history entry. */
  commitRange: (range: TimeRange) => void;
  select: (id: EventId | null) => void;
  /** Shows a day's events in the panel. */
  openDay: (day: DayNumber) => void;
  addTag: (name: string) => void;
  removeTag: (name: string) => void;
  setMatch: (mode: MatchMode) => void;
  /** Typing: the query replaces the history entry, and the panel shows its results. */
  setQuery: (q: string) => void;
  /** Opens a day, or shows a span of days, with the query cleared; a new history entry. */
  goToDays: (fromDay: DayNumber, toDay: DayNumber) => void;
  /** Timeline or list: a history entry, so Back returns to the other. */
  setMode: (mode: ViewMode) => void;
  eventHref: (id: EventId, day: DayNumber) => string;
  dayHref: (day: DayNumber) => string;
  /** A story's view, without a range: it opens on the story's span. */
  storyHref: (id: StoryId) => string;
  setLanes: (on: boolean) => void;
  /** Gives a story (by path) a lane of its own, with lanes on. */
  pinStory: (path: string) => void;
  /** Moves the view there as a history entry (a button press, not a gesture). */
  showRange: (range: TimeRange) => void;
}

/** What to show when the URL gives no range and names no day: e.g. an open story's span. */
export interface ViewFocus {
  key: string;
  range: TimeRange;
}

/**
 * The URL is the state: path = selection, query = filter and range. Selections and filter
 * changes push history entries; the range replaces, once a gesture ends.
 */
export function useViewState(manifest: Manifest, focus: ViewFocus | null = null): ViewState {
  const location = useLocation();
  const navigate = useNavigate();
  const knownTags = useMemo(() => new Set(manifest.tags.map((tag) => tag.name)), [manifest]);
  const view = useMemo(
    () => keepKnownTags(parseView(location.search), (name) => knownTags.has(name)),
    [location.search, knownTags],
  );
  const selection = useMemo(() => parseNewsPath(location.pathname), [location.pathname]);

  // A URL with bad parameters is rewritten without them (replace); what was wrong travels in
  // the entry's state, so it stays on show while the cleaned URL does.
  useEffect(() => {
    if (view.problems.length === 0) return;
    void navigate({ search: serialiseView(view) }, { replace: true, state: { ignored: view.problems } });
  }, [view, navigate]);
  const ignored = (location.state as { ignored?: string[] } | null)?.ignored;
  const problems = view.problems.length > 0 || !ignored ? view.problems : ignored;
  const selectedDay = selection?.day ?? null;

  // Follow the URL when it changes from outside (link, back/forward), but not when the change
  // is our own range write arriving: that keeps the exact range rather than the URL's rounding.
  const corpus = useMemo(() => ({ firstDay: manifest.firstDay, lastDay: manifest.lastDay }), [manifest]);
  const url = { range: view.range, day: selectedDay, focus };
  const [sync, setSync] = useState(() => initialRangeSync(url, corpus));
  const current = reconcileRange(sync, { kind: 'url', url }, corpus);
  if (current !== sync) setSync(current);
  const range = current.range;

  const searchFor = useCallback(
    (next: Partial<ParsedView>) => serialiseView({ ...view, range, ...next }),
    [view, range],
  );

  const commitRange = useCallback(
    (next: TimeRange) => {
      setSync((state) => reconcileRange(state, { kind: 'commit', range: next }, corpus));
      // No pathname: the router keeps its *current* path, even if a selection landed since this render.
      // The query too is the current one: typing rewrites it faster than this render learns of it.
      const q = new URLSearchParams(window.location.search).get('q') ?? undefined;
      void navigate({ search: searchFor({ range: next, q }) }, { replace: true });
    },
    [navigate, searchFor, corpus],
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

  const openDay = useCallback((day: DayNumber) => void navigate(dayHref(day)), [navigate, dayHref]);

  // Filter switches keep the URL's own range (or its absence): they never touch the view.
  const pushView = useCallback((next: ParsedView) => void navigate({ search: serialiseView(next) }), [navigate]);
  const addTag = useCallback((name: string) => pushView({ ...view, ...withTag(view, name) }), [pushView, view]);
  const removeTag = useCallback((name: string) => pushView({ ...view, ...withoutTag(view, name) }), [pushView, view]);
  const setMatch = useCallback((match: MatchMode) => pushView({ ...view, match }), [pushView, view]);
  const setMode = useCallback((mode: ViewMode) => pushView({ ...view, mode }), [pushView, view]);

  const pushSearch = useCallback((search: string) => void navigate({ search }), [navigate]);
  const setLanes = useCallback(
    (on: boolean) => pushSearch(searchFor({ lanes: on ? 'stories' : undefined })),
    [pushSearch, searchFor],
  );
  const pinStory = useCallback(
    (path: string) => pushSearch(searchFor({ lanes: 'stories', pins: [...(view.pins ?? []), path] })),
    [pushSearch, searchFor, view],
  );
  const showRange = useCallback((next: TimeRange) => pushSearch(searchFor({ range: next })), [pushSearch, searchFor]);
  const storyHref = useCallback(
    (id: StoryId) => `${storyHrefOf(manifest, id)}${searchFor({ range: null })}`,
    [manifest, searchFor],
  );

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
    view: problems === view.problems ? view : { ...view, problems },
    selection,
    range,
    commitRange,
    select,
    openDay,
    addTag,
    removeTag,
    setMatch,
    setMode,
    setQuery,
    goToDays,
    eventHref,
    dayHref,
    storyHref,
    setLanes,
    pinStory,
    showRange,
  };
}
