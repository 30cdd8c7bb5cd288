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
  type StoryId,
} from '../bundle/index.ts';
import { storyHrefOf } from '../features/stories/index.ts';
import type { TimeRange } from '../lib/time-range.ts';
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

function rangeKey(range: TimeRange | null, fallback: string): string {
  if (!range) return fallback;
  const rounded = roundRangeForUrl(range);
  return `${formatInstant(rounded.start)}|${formatInstant(rounded.end)}`;
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
  const selectedDay = selection?.day ?? null;

  // Follow the URL when it changes from outside (link, back/forward), but not when the change
  // is our own range write arriving: that keeps the exact range rather than the URL's rounding.
  const urlKey = rangeKey(view.range, `default:${selectedDay ?? ''}:${focus?.key ?? ''}`);
  const [sync, setSync] = useState(() => ({
    seenUrlKey: urlKey,
    writtenKey: null as string | null,
    range: initialRange(view.range, selectedDay, manifest, focus),
  }));
  let current = sync;
  if (sync.seenUrlKey !== urlKey) {
    current =
      urlKey === sync.writtenKey
        ? { ...sync, seenUrlKey: urlKey }
        : { seenUrlKey: urlKey, writtenKey: null, range: initialRange(view.range, selectedDay, manifest, focus) };
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

  return {
    view,
    selection,
    range,
    commitRange,
    select,
    addTag,
    removeTag,
    setMatch,
    eventHref,
    dayHref,
    storyHref,
    setLanes,
    pinStory,
    showRange,
  };
}

function initialRange(
  urlRange: TimeRange | null,
  day: DayNumber | null,
  manifest: Manifest,
  focus: ViewFocus | null,
): TimeRange {
  if (urlRange && urlRange.end - urlRange.start >= 60_000) return urlRange;
  if (day !== null) return rangeAroundDay(day, DAY_FOCUS_WIDTH);
  if (focus) return focus.range;
  return corpusRange(manifest.firstDay, manifest.lastDay);
}
