import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { DayNumber } from '../../bundle/index.ts';
import { formatDay } from '../../lib/dates.ts';
import { useDocumentTitle } from '../../lib/document-title.ts';
import { type PanelLinks } from './links.ts';
import './panel-states.css';
import './event-panel.css';

/** Grey bars in the shape of an event, so the panel does not jump when the text arrives. */
export function PanelSkeleton() {
  return (
    <div className="event-panel panel-skeleton" role="status" aria-busy="true" aria-label="Loading event">
      <span className="skeleton-line" style={{ width: '40%' }} />
      <span className="skeleton-line skeleton-title" />
      <span className="skeleton-line skeleton-title" style={{ width: '70%' }} />
      <span className="skeleton-line" style={{ width: '30%' }} />
      {Array.from({ length: 6 }, (_, i) => (
        <span key={i} className="skeleton-line" style={{ width: `${90 - i * 7}%` }} />
      ))}
    </div>
  );
}

export function PanelError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="event-panel panel-error" role="alert">
      <h2 className="event-headline" tabIndex={-1} data-focus-key="panel-heading">
        Could not load this part of the timeline
      </h2>
      <p>{message}</p>
      <button type="button" className="panel-button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}

export function EventNotFound({ day, links }: { day: DayNumber; links: PanelLinks }) {
  useDocumentTitle('Event not found');
  return (
    <div className="event-panel" role="status">
      <h2 className="event-headline" tabIndex={-1} data-focus-key="panel-heading">
        Event not found
      </h2>
      <p>
        This collection has no such event on {formatDay(day)}. It may be in another export, or the link may be mistyped.
      </p>
      <WayOn>
        <li>
          <Link to={links.dayHref(day)}>See the events of {formatDay(day)}</Link>
        </li>
      </WayOn>
    </div>
  );
}

/** Where to go from a panel that found nothing: the places given, then the overview. */
export function WayOn({ children }: { children: ReactNode }) {
  return (
    <ul className="way-on">
      {children}
      <li>
        <Link to="/">Back to the overview</Link>
      </li>
    </ul>
  );
}
