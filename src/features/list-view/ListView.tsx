import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useMemo, useRef } from 'react';
import { Link } from 'react-router';
import type { Density } from '../../lib/density.ts';
import type { TimeRange } from '../../lib/time-range.ts';
import { formatCount, formatListDay } from './format.ts';
import { eventsOfDay, listDays, spanOfDays, type ListDay, type ListEvents } from './list-days.ts';
import './list-view.css';

export interface ListViewProps {
  /** Events per day of what is listed: the matches under a filter, else every event. */
  density: Density;
  range: TimeRange;
  events: ListEvents;
  selectedId: string | null;
  eventHref: (id: string, day: number) => string;
  /** A title as shown (its stories by their labels); as it is by default. */
  showTitle?: (title: string) => string;
  /** The days on screen changed: load their events (a screenful, whatever the range holds). */
  onWindowChange: (span: TimeRange | null) => void;
}

const HEADING_PX = 44;
const ROW_PX = 30;

/**
 * The events in view as text, a day to a section with a real heading. Only the days on screen
 * are in the DOM (it has to work with the whole corpus in view), and only their shards load.
 */
export function ListView(props: ListViewProps) {
  const { density, range, events, selectedId, eventHref, onWindowChange } = props;
  const headingId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const days = useMemo(() => listDays(density, range), [density, range]);
  const total = useMemo(() => days.reduce((sum, day) => sum + day.count, 0), [days]);
  // No React Compiler in this build: the virtualizer re-renders this component itself on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: days.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => HEADING_PX + days[i].count * ROW_PX,
    overscan: 2,
  });
  const items = virtualizer.getVirtualItems();
  const first = items.length > 0 ? items[0].index : 0;
  const last = items.length > 0 ? items[items.length - 1].index : -1;
  const span = spanOfDays(days, first, last);
  const spanKey = span ? `${span.start}|${span.end}` : '';
  useEffect(() => {
    const [start, end] = spanKey.split('|').map(Number);
    onWindowChange(spanKey ? { start, end } : null);
  }, [spanKey, onWindowChange]);

  return (
    <section className="list-view" aria-labelledby={headingId}>
      <h2 id={headingId} className="list-view-heading">
        {total === 0 ? 'No events in view' : `${formatCount(total)} ${total === 1 ? 'event' : 'events'} in view`}
      </h2>
      <div ref={scrollRef} className="list-view-scroll">
        <div className="list-view-sizer" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => (
            <DaySection
              key={days[item.index].day}
              ref={virtualizer.measureElement}
              index={item.index}
              top={item.start}
              entry={days[item.index]}
              events={events}
              selectedId={selectedId}
              eventHref={eventHref}
              showTitle={props.showTitle ?? String}
            />
          ))}
        </div>
      </div>
    </section>
  );
}

interface DaySectionProps {
  ref: (node: HTMLElement | null) => void;
  index: number;
  top: number;
  entry: ListDay;
  events: ListEvents;
  selectedId: string | null;
  eventHref: (id: string, day: number) => string;
  showTitle: (title: string) => string;
}

function DaySection({ ref, index, top, entry, events, selectedId, eventHref, showTitle }: DaySectionProps) {
  const headingId = useId();
  const indices = eventsOfDay(events, entry.day);
  return (
    <section
      ref={ref}
      data-index={index}
      className="list-day"
      aria-labelledby={headingId}
      style={{ transform: `translateY(${top}px)` }}
    >
      <h3 id={headingId} className="list-day-heading">
        {formatListDay(entry.day)}{' '}
        <span className="list-day-count">
          {formatCount(entry.count)} {entry.count === 1 ? 'event' : 'events'}
        </span>
      </h3>
      {indices === null ? (
        <p className="list-day-loading" aria-busy="true">
          Loading…
        </p>
      ) : (
        <ul className="list-day-events">
          {indices.map((i) => (
            <li key={events.ids[i]}>
              <Link to={eventHref(events.ids[i], entry.day)} aria-current={events.ids[i] === selectedId || undefined}>
                {showTitle(events.titles[i])}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
