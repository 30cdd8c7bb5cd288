import { useCallback, useMemo, useRef, useState } from 'react';
import { Outlet, useNavigate } from 'react-router';
import type { Manifest } from '../bundle/index.ts';
import { SidePanel } from '../features/event-panel/index.ts';
import { ListView } from '../features/list-view/index.ts';
import { SearchResults } from '../features/search/index.ts';
import { filterKeyOf, useTagFilter } from '../features/tag-filter/index.ts';
import { Timeline } from '../features/timeline/index.ts';
import { useManifest } from '../lib/data/manifest.ts';
import { densityFromDayCounts, totalCount } from '../lib/density.ts';
import { labelStories } from '../lib/tag-labels.ts';
import { describeRange } from '../lib/describe-range.ts';
import { useTheme } from '../lib/theme.ts';
import type { TimeRange } from '../lib/time-range.ts';
import { AppHeader } from './AppHeader.tsx';
import { EmbedBar } from './EmbedBar.tsx';
import { isEmbedded, useReportHeight } from './embed-mode.ts';
import { useFocusKeeper } from './focus-keeper.ts';
import { chooseHighlight } from './highlight.ts';
import { FullPageMessage } from './FullPageMessage.tsx';
import { useGlobalKeys } from './global-keys.ts';
import { HelpDialog } from './HelpDialog.tsx';
import { ParamsNotice } from './ParamsNotice.tsx';
import { ShellSkeleton } from './ShellSkeleton.tsx';
import { SkipLinks } from './SkipLinks.tsx';
import type { ShellContext } from './shell-context.ts';
import { useRelatedDays } from './use-related-days.ts';
import { useStoryFocus } from './use-story-focus.ts';
import { useStoryLanes } from './use-story-lanes.ts';
import { useTimelineEvents } from './use-timeline-events.ts';
import { useSearchView } from './use-search-view.ts';
import { useSettled } from './use-settled.ts';
import { useViewState, type ViewState } from './use-view-state.ts';
import './app.css';

const EMPTY_WINDOW: TimeRange = { start: 0, end: 0 };
/** Where focus goes when what had it disappears and names no better place. */
const FALLBACK_FOCUS = ['panel-heading', 'view'];
const NO_PINS: string[] = [];

/** Waits for the manifest; everything else needs it. */
export function AppShell() {
  const manifest = useManifest();
  if (manifest.isPending) return <ShellSkeleton />;
  if (manifest.isError) {
    return (
      <FullPageMessage title="The collection could not be loaded">
        <p>{manifest.error.message}</p>
        <button type="button" className="panel-button" onClick={() => void manifest.refetch()}>
          Retry
        </button>
      </FullPageMessage>
    );
  }
  return <Explorer manifest={manifest.data} />;
}

function Explorer({ manifest }: { manifest: Manifest }) {
  const density = useMemo(() => densityFromDayCounts(manifest.firstDay, manifest.dayCounts), [manifest]);
  const showTitle = useCallback((title: string) => labelStories(manifest, title).title, [manifest]);
  const storyFocus = useStoryFocus(manifest, density);
  const state = useViewState(manifest, storyFocus.focus);
  const { view, range, selection } = state;
  const listing = view.mode === 'list';
  const filter = useTagFilter(manifest, density, view.tags, view.match);
  const rootRef = useRef<HTMLDivElement>(null);
  const focusOn = useFocusKeeper(rootRef, FALLBACK_FOCUS);
  const search = useSearchView(manifest, density, state, filter, focusOn);
  const { highlight, applied, storyOpen } = chooseHighlight(storyFocus, search, filter);
  const matchDensity = highlight.density;
  // The list loads the shards of the days on its screen, however many events the range holds.
  const [listWindow, setListWindow] = useState<TimeRange | null>(null);
  const timeline = useTimelineEvents(
    manifest,
    density,
    listing ? (listWindow ?? EMPTY_WINDOW) : range,
    highlight.matched,
    listing ? Infinity : undefined,
  );
  const lanes = useStoryLanes(manifest, density, range, view.lanes === 'stories', view.pins ?? NO_PINS);
  const relatedDays = useRelatedDays(manifest, selection);
  const { followLiveRange, events } = timeline;
  const { commitRange, select, setMode } = state;
  const [helpOpen, setHelpOpen] = useState(false);
  const [theme] = useTheme();
  const navigate = useNavigate();

  const onRangeChange = useCallback(
    (next: typeof range, phase: 'live' | 'end') => {
      if (phase === 'live') followLiveRange(next);
      else {
        followLiveRange(null);
        commitRange(next);
      }
    },
    [followLiveRange, commitRange],
  );

  // One object while these hold still: the panel then skips the renders that gestures and
  // arriving shards cause up here.
  const { eventHref, dayHref, storyHref, addTag } = state;
  const links = useMemo(() => ({ eventHref, dayHref, storyHref }), [eventHref, dayHref, storyHref]);
  const context = useMemo<ShellContext>(
    () => ({ manifest, density, links, addTag, view: state, filter: { ...filter, matched: highlight.matched } }),
    // `filter` and `state` are new objects each render; what the panels read of them is listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [manifest, density, links, addTag, state.view, state.range, highlight.matched, filter.status],
  );
  const filterPending = filter.status === 'loading' || filter.filterKey !== filterKeyOf(view.tags, view.match);
  const matchedCount = highlight.density ? totalCount(highlight.density) : null;
  const embedded = isEmbedded();
  useReportHeight(embedded);

  const keys = useMemo(() => {
    // Next/previous event without reaching for the panel's buttons; the search field takes dates too.
    const follow = (rel: string) => rootRef.current?.querySelector<HTMLElement>(`a[rel="${rel}"]`)?.click();
    return {
      '?': () => setHelpOpen(true),
      '/': () => focusOn('search'),
      g: () => focusOn('search'),
      n: () => follow('next'),
      p: () => follow('prev'),
    };
  }, [focusOn]);
  useGlobalKeys(keys);
  const description = describeRange(matchDensity ?? density, range, matchDensity !== null);
  const announcement = useSettled(description, 600);
  const closePanel = useCallback(() => {
    select(null);
    focusOn('view');
  }, [select, focusOn]);

  return (
    <div className={embedded ? 'app app-embed' : 'app'} ref={rootRef}>
      <SkipLinks
        viewName={listing ? 'list' : 'timeline'}
        panelName={selection?.kind === 'event' ? 'event' : selection ? 'day' : 'details'}
        onSkip={focusOn}
      />
      {embedded ? (
        <EmbedBar />
      ) : (
        <AppHeader
          manifest={manifest}
          view={view}
          state={state}
          search={search}
          matched={matchedCount}
          pending={(applied && filterPending) || search.search.status === 'loading'}
          unavailable={filter.status === 'error'}
          onMode={setMode}
          onHelp={() => setHelpOpen(true)}
        />
      )}
      {embedded && <ParamsNotice problems={view.problems} />}
      <main className="app-main">
        <section className="timeline-area" id="main-view" aria-label={listing ? 'Events in view' : 'Timeline'}>
          {listing ? (
            <ListView
              density={matchDensity ?? density}
              range={range}
              events={events}
              selectedId={selection?.kind === 'event' ? selection.id : null}
              eventHref={eventHref}
              showTitle={showTitle}
              onWindowChange={setListWindow}
            />
          ) : (
            <Timeline
              firstDay={manifest.firstDay}
              lastDay={manifest.lastDay}
              allDensity={density}
              matchDensity={matchDensity}
              events={events}
              range={range}
              selectedId={selection?.kind === 'event' ? selection.id : null}
              onRangeChange={onRangeChange}
              onSelect={select}
              onOpenDay={state.openDay}
              filterKey={highlight.key}
              description={description}
              theme={theme}
              lanes={lanes}
              relatedDays={relatedDays}
              onOpenStory={(story) => void navigate(state.storyHref(story))}
              extraControls={
                <button
                  type="button"
                  role="switch"
                  aria-checked={lanes !== null}
                  className="lanes-switch"
                  onClick={() => state.setLanes(lanes === null)}
                >
                  Story lanes
                </button>
              }
            />
          )}
          {(timeline.error || filter.status === 'error') && (
            <div className="load-error" role="alert">
              <span>{timeline.error ? 'Some events could not be loaded.' : 'The tag filter could not be loaded.'}</span>
              <button
                type="button"
                className="panel-button"
                onClick={() => {
                  timeline.retry();
                  filter.retry();
                }}
              >
                Retry
              </button>
            </div>
          )}
          <p className="sr-only" role="status">
            {announcement}
          </p>
        </section>
        <SidePanel onClose={selection ? closePanel : null} scrollKey={selectionKey(selection)}>
          {search.search.status !== 'off' && !selection && !storyOpen ? (
            <SearchResults
              search={search.search}
              order={search.order}
              onOrderChange={search.setOrder}
              onlyInView={search.onlyInView}
              onOnlyInViewChange={search.setOnlyInView}
              tagsActive={search.tagsActive}
              dateLabel={search.dateLabel}
              onShowMore={search.showMore}
              showTitle={showTitle}
              eventHref={eventHref}
            />
          ) : (
            <Outlet context={context} />
          )}
        </SidePanel>
      </main>
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}

function selectionKey(selection: ViewState['selection']): string {
  if (!selection) return '';
  return selection.kind === 'event' ? selection.id : String(selection.day);
}
