import { Link } from 'react-router';
import type { DayNumber } from '../../bundle/index.ts';
import type { DayDetail, EventDetail } from '../../lib/data/day-detail.ts';
import { formatDay } from '../../lib/dates.ts';
import { useDocumentTitle } from '../../lib/document-title.ts';
import { groupBySections } from './day-sections.ts';
import { type PanelLinks } from './links.ts';
import './event-panel.css';

interface DayEventsProps {
  day: DayNumber;
  detail: DayDetail | null;
  links: PanelLinks;
  /** The nearest days with events either side, offered when this day has none. */
  nearest?: { before: DayNumber | null; after: DayNumber | null };
}

/** The panel for a whole day: its events under the day page's headings, as the Portal lists them. */
export function DayEvents({ day, detail, links, nearest }: DayEventsProps) {
  const events = detail?.events ?? [];
  const groups = groupBySections(events, detail?.sections ?? null);
  useDocumentTitle(formatDay(day));
  return (
    <article className="event-panel">
      <h2 className="event-headline" tabIndex={-1} data-focus-key={`panel-heading day-${day}`}>
        {formatDay(day)}
      </h2>
      <p className="event-date">{events.length === 1 ? '1 event' : `${events.length} events`}</p>
      {events.length === 0 ? (
        <>
          <p>No events in this collection on this day.</p>
          <ul className="way-on">
            {nearest?.before != null && (
              <li>
                <Link to={links.dayHref(nearest.before)}>Nearest day before: {formatDay(nearest.before)}</Link>
              </li>
            )}
            {nearest?.after != null && (
              <li>
                <Link to={links.dayHref(nearest.after)}>Nearest day after: {formatDay(nearest.after)}</Link>
              </li>
            )}
          </ul>
        </>
      ) : (
        groups.map((group) =>
          group.heading === '' ? (
            <DayList key="" events={group.events} links={links} />
          ) : (
            <section key={group.heading} className="panel-section day-section" aria-label={group.heading}>
              <h3>{group.heading}</h3>
              <DayList events={group.events} links={links} />
            </section>
          ),
        )
      )}
    </article>
  );
}

function DayList({ events, links }: { events: EventDetail[]; links: PanelLinks }) {
  return (
    <ol className="day-list">
      {events.map((event) => (
        <li key={event.id}>
          {event.storyPath.length > 0 && <span className="story-path">{event.storyPath.join(' › ')}</span>}
          <Link to={links.eventHref(event.id, event.day)}>{event.headline || event.title}</Link>
        </li>
      ))}
    </ol>
  );
}
