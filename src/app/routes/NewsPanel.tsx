import { useLocation } from 'react-router';
import { parseNewsPath, type DayNumber, type EventId } from '../../bundle/index.ts';
import {
  DayEvents,
  EventNotFound,
  EventPanel,
  PanelError,
  PanelSkeleton,
  type EventLink,
} from '../../features/event-panel/index.ts';
import { nearestDayWithEvents } from '../../lib/corpus-walk.ts';
import { embedSnippet, embedUrlOf } from '../../lib/embed.ts';
import { usePrefetchTagPostings } from '../../features/tag-filter/index.ts';
import { useDayDetail, type DayDetail } from '../../lib/data/day-detail.ts';
import { useShell } from '../shell-context.ts';
import { ordinalOf, StoryPosition } from '../../features/stories/index.ts';
import { useFilterNeighbours } from './use-filter-neighbours.ts';

const NO_TAGS: string[] = [];

/** `/news/y/m/d` and `/news/y/m/d/slug`; the route loader has already made the path canonical. */
export function NewsPanel() {
  const location = useLocation();
  const selection = parseNewsPath(location.pathname);
  if (!selection) return null;
  return <DayOrEvent day={selection.day} id={selection.kind === 'event' ? selection.id : null} />;
}

function DayOrEvent({ day, id }: { day: DayNumber; id: EventId | null }) {
  const { manifest, density, links, addTag, filter } = useShell();
  const detail = useDayDetail(manifest, day);
  // Neighbouring days: prefetched so previous/next work across day and shard boundaries, but
  // only once this day is in, so they do not compete with it.
  const previousDay = nearestDayWithEvents(density, day, -1);
  const nextDay = nearestDayWithEvents(density, day, 1);
  const neighbours = id !== null && detail.isSuccess;
  const previousDetail = useDayDetail(manifest, neighbours ? previousDay : null);
  const nextDetail = useDayDetail(manifest, neighbours ? nextDay : null);
  // A click on one of the open event's tags then filters without waiting for the network.
  const openTags = (id !== null && detail.data?.events.find((event) => event.id === id)?.tags) || NO_TAGS;
  usePrefetchTagPostings(manifest, openTags);

  const index = id === null ? -1 : (detail.data?.events.findIndex((event) => event.id === id) ?? -1);
  const ordinal = index < 0 ? -1 : ordinalOf(density, day, index);
  const inFilter = useFilterNeighbours(manifest, index < 0 ? null : filter.matched, ordinal);

  if (detail.isPending) return <PanelSkeleton />;
  if (detail.isError) return <PanelError message={detail.error.message} onRetry={() => void detail.refetch()} />;
  if (id === null) {
    const nearest = { before: previousDay, after: nextDay };
    return <DayEvents day={day} detail={detail.data} links={links} nearest={nearest} />;
  }

  const events = detail.data?.events ?? [];
  if (index < 0) return <EventNotFound day={day} links={links} />;
  // Under a filter, Previous and Next step through its matches only.
  const previous = inFilter ? inFilter.previous : index > 0 ? toLink(events[index - 1]) : lastOf(previousDetail.data);
  const next = inFilter
    ? inFilter.next
    : index < events.length - 1
      ? toLink(events[index + 1])
      : firstOf(nextDetail.data);
  const innermost = events[index].storyIds.at(-1);
  return (
    <EventPanel
      key={id}
      event={events[index]}
      storyPosition={
        innermost !== undefined && (
          <StoryPosition manifest={manifest} story={innermost} ordinal={ordinal} links={links} />
        )
      }
      links={links}
      previous={previous}
      next={next}
      shareUrl={window.location.href}
      embedCode={embedSnippet(
        embedUrlOf(window.location.href, import.meta.env.BASE_URL),
        `${events[index].headline || events[index].title} (Dateline)`,
      )}
      onTagClick={addTag}
    />
  );
}

function toLink(event: { id: EventId; day: DayNumber; title: string }): EventLink {
  return { id: event.id, day: event.day, title: event.title };
}

function lastOf(detail: DayDetail | null | undefined): EventLink | null {
  const events = detail?.events ?? [];
  return events.length > 0 ? toLink(events[events.length - 1]) : null;
}

function firstOf(detail: DayDetail | null | undefined): EventLink | null {
  const events = detail?.events ?? [];
  return events.length > 0 ? toLink(events[0]) : null;
}
