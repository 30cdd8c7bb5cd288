import { useCallback, useMemo } from 'react';
import { Link, Outlet } from 'react-router';
import type { Manifest } from '../bundle/index.ts';
import { SidePanel } from '../features/event-panel/index.ts';
import { SearchField, SearchResults } from '../features/search/index.ts';
import { ActiveTags, filterKeyOf, MatchCount, TagPicker, useTagFilter } from '../features/tag-filter/index.ts';
import { Timeline } from '../features/timeline/index.ts';
import { densityFromDayCounts, totalCount } from '../lib/density.ts';
import { useManifest } from '../lib/data/manifest.ts';
import { EmbedBar } from './EmbedBar.tsx';
import { isEmbedded, useReportHeight } from './embed-mode.ts';
import { ParamsNotice } from './ParamsNotice.tsx';
import { ShellSkeleton } from './ShellSkeleton.tsx';
import { FullPageMessage } from './FullPageMessage.tsx';
import type { ShellContext } from './shell-context.ts';
import { useTimelineEvents } from './use-timeline-events.ts';
import { useSearchView } from './use-search-view.ts';
import { useViewState, type ViewState } from './use-view-state.ts';
import './app.css';

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
  const state = useViewState(manifest);
  const { view, range, selection } = state;
  const filter = useTagFilter(manifest, density, view.tags, view.match);
  // A filter whose postings failed to load is not applied, not even its previous result.
  const applied = filter.status !== 'off' && filter.status !== 'error';
  const search = useSearchView(manifest, density, state, filter);
  // A query's matches (already within the tags) take the tag filter's place on the timeline.
  const searched = search.search.answer && search.search.status !== 'off' ? search.search : null;
  const matched = searched ? searched.answer!.matched : applied ? filter.matched : null;
  const matchDensity = searched ? searched.matchDensity : applied ? filter.matchDensity : null;
  const matchKey = searched ? `search:${searched.shownText}` : applied ? filter.filterKey : undefined;
  const timeline = useTimelineEvents(manifest, density, range, matched);
  const { followLiveRange, events } = timeline;
  const { commitRange, select } = state;

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
  const { eventHref, dayHref, addTag } = state;
  const context = useMemo<ShellContext>(
    () => ({ manifest, density, links: { eventHref, dayHref }, addTag }),
    [manifest, density, eventHref, dayHref, addTag],
  );
  const filterPending = filter.status === 'loading' || filter.filterKey !== filterKeyOf(view.tags, view.match);
  const matchedCount = matchDensity ? totalCount(matchDensity) : null;
  const embedded = isEmbedded();
  useReportHeight(embedded);

  return (
    <div className={embedded ? 'app app-embed' : 'app'}>
      {embedded ? (
        <EmbedBar />
      ) : (
        <header className="app-header">
          <Link className="app-name" to="/">
            Dateline
          </Link>
          <SearchField text={search.text} onTextChange={search.onTextChange} onGoTo={search.onGoTo} />
          <TagPicker tags={manifest.tags} active={view.tags} onPick={state.addTag} />
          <ActiveTags
            tags={view.tags}
            match={view.match}
            onRemove={state.removeTag}
            onMatchChange={state.setMatch}
            unavailable={filter.status === 'error'}
          />
          <MatchCount
            total={manifest.eventCount}
            matched={matchedCount}
            pending={(applied && filterPending) || search.search.status === 'loading'}
            unavailable={filter.status === 'error'}
          />
        </header>
      )}
      <ParamsNotice problems={view.problems} />
      <main className="app-main">
        <section className="timeline-area" aria-label="Timeline">
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
            filterKey={matchKey}
          />
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
        </section>
        <SidePanel onClose={selection ? () => select(null) : null} scrollKey={selectionKey(selection)}>
          {search.search.status !== 'off' && !selection ? (
            <SearchResults
              search={search.search}
              order={search.order}
              onOrderChange={search.setOrder}
              onlyInView={search.onlyInView}
              onOnlyInViewChange={search.setOnlyInView}
              tagsActive={search.tagsActive}
              dateLabel={search.dateLabel}
              onShowMore={search.showMore}
              eventHref={eventHref}
            />
          ) : (
            <Outlet context={context} />
          )}
        </SidePanel>
      </main>
    </div>
  );
}

function selectionKey(selection: ViewState['selection']): string {
  if (!selection) return '';
  return selection.kind === 'event' ? selection.id : String(selection.day);
}
