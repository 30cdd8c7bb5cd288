import { useCallback, useMemo } from 'react';
import { Link, Outlet, useNavigate } from 'react-router';
import type { Manifest } from '../bundle/index.ts';
import { SidePanel } from '../features/event-panel/index.ts';
import { ActiveTags, filterKeyOf, MatchCount, TagPicker, useTagFilter } from '../features/tag-filter/index.ts';
import { Timeline } from '../features/timeline/index.ts';
import { densityFromDayCounts, totalCount } from '../lib/density.ts';
import { useManifest } from '../lib/data/manifest.ts';
import { ParamsNotice } from './ParamsNotice.tsx';
import { ShellSkeleton } from './ShellSkeleton.tsx';
import { FullPageMessage } from './FullPageMessage.tsx';
import type { ShellContext } from './shell-context.ts';
import { useRelatedDays } from './use-related-days.ts';
import { useStoryFocus } from './use-story-focus.ts';
import { useStoryLanes } from './use-story-lanes.ts';
import { useTimelineEvents } from './use-timeline-events.ts';
import { useViewState } from './use-view-state.ts';
import './app.css';

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
  const storyFocus = useStoryFocus(manifest, density);
  const state = useViewState(manifest, storyFocus.focus);
  const { view, range, selection } = state;
  const filter = useTagFilter(manifest, density, view.tags, view.match);
  // An open story is the active filter: the timeline highlights its events.
  const storyOpen = storyFocus.story !== null && storyFocus.story !== undefined;
  const highlight = storyOpen
    ? {
        matched: storyFocus.members,
        density: storyFocus.memberDensity,
        // Only once there is something to paint: tests and the benchmark wait for this key.
        key: storyFocus.memberDensity ? `story:${storyFocus.story}` : undefined,
      }
    : {
        matched: filter.matched,
        density: filter.status === 'off' ? null : filter.matchDensity,
        key: filter.status === 'off' ? undefined : filter.filterKey,
      };
  const timeline = useTimelineEvents(manifest, density, range, highlight.matched);
  const lanes = useStoryLanes(manifest, density, range, view.lanes === 'stories', view.pins ?? NO_PINS);
  const relatedDays = useRelatedDays(manifest, selection);
  const navigate = useNavigate();
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
  const { eventHref, dayHref, storyHref, addTag } = state;
  const links = useMemo(() => ({ eventHref, dayHref, storyHref }), [eventHref, dayHref, storyHref]);
  const context = useMemo<ShellContext>(
    () => ({ manifest, density, links, addTag, view: state, filter: { ...filter, matched: highlight.matched } }),
    // `filter` and `state` are new objects each render; what the panels read of them is listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [manifest, density, links, addTag, state.view, state.range, highlight.matched, filter.status],
  );
  const filterPending = filter.status === 'loading' || filter.filterKey !== filterKeyOf(view.tags, view.match);
  const matchedCount = filter.status === 'off' ? null : filter.matchDensity ? totalCount(filter.matchDensity) : null;

  return (
    <div className="app">
      <header className="app-header">
        <Link className="app-name" to="/">
          Dateline
        </Link>
        <TagPicker tags={manifest.tags} active={view.tags} onPick={state.addTag} />
        <ActiveTags tags={view.tags} match={view.match} onRemove={state.removeTag} onMatchChange={state.setMatch} />
        <MatchCount
          total={manifest.eventCount}
          matched={matchedCount}
          pending={filter.status !== 'off' && filterPending}
        />
      </header>
      <ParamsNotice problems={view.problems} />
      <main className="app-main">
        <section className="timeline-area" aria-label="Timeline">
          <Timeline
            firstDay={manifest.firstDay}
            lastDay={manifest.lastDay}
            allDensity={density}
            matchDensity={highlight.density}
            events={events}
            range={range}
            selectedId={selection?.kind === 'event' ? selection.id : null}
            onRangeChange={onRangeChange}
            onSelect={select}
            filterKey={highlight.key}
            lanes={lanes}
            relatedDays={relatedDays}
            onOpenStory={(story) => void navigate(state.storyHref(story))}
          />
          <button
            type="button"
            role="switch"
            aria-checked={lanes !== null}
            className="lanes-switch"
            onClick={() => state.setLanes(lanes === null)}
          >
            Story lanes
          </button>
          {(timeline.error || filter.status === 'error') && (
            <div className="load-error" role="alert">
              <span>Some events could not be loaded.</span>
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
        <SidePanel onClose={selection ? () => select(null) : null}>
          <Outlet context={context} />
        </SidePanel>
      </main>
    </div>
  );
}
