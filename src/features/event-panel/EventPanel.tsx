import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { EventDetail } from '../../lib/data/day-detail.ts';
import { CopyButton } from './CopyButton.tsx';
import { EventBody } from './EventBody.tsx';
import { EventSources } from './EventSources.tsx';
import { formatDay } from '../../lib/dates.ts';
import { useDocumentTitle } from '../../lib/document-title.ts';
import { repeatsHeadline } from '../../bundle/unfold.ts';
import { plainText } from '../../bundle/plain-text.ts';
import { StepLink } from '../../lib/StepLink.tsx';
import { type EventLink, type PanelLinks } from './links.ts';
import { RelatedEvents } from './RelatedEvents.tsx';
import './event-panel.css';

interface EventPanelProps {
  event: EventDetail;
  links: PanelLinks;
  previous: EventLink | null;
  next: EventLink | null;
  /** The address to copy: the page's own URL. */
  shareUrl: string;
  /** The `<iframe>` that embeds this view in another page. */
  embedCode: string;
  onTagClick: (name: string) => void;
  /** Shown under the story breadcrumb: where the event stands in its story. */
  storyPosition?: ReactNode;
}

export function EventPanel({
  event,
  links,
  previous,
  next,
  shareUrl,
  embedCode,
  onTagClick,
  storyPosition,
}: EventPanelProps) {
  const bodyText = plainText(event.body);
  // The bundle's titles are already spelled as the body has them (compiler/display-titles.ts).
  const headline = event.headline || event.title;
  useDocumentTitle(headline);
  return (
    <article className="event-panel" data-event-id={event.id}>
      {event.storyPath.length > 0 && (
        <p className="story-path" role="group" aria-label="Story">
          {event.storyPath.map((story, i) => (
            <span key={story}>
              {i > 0 && ' › '}
              {/* Each level opens that story's own view. */}
              <Link className="story-link" to={links.storyHref(event.storyIds[i])}>
                {story}
              </Link>
            </span>
          ))}
        </p>
      )}
      {storyPosition}
      <h2 className="event-headline" tabIndex={-1} data-focus-key="panel-heading">
        {headline}
      </h2>
      <p className="event-date">
        <Link to={links.dayHref(event.day)}>{formatDay(event.day)}</Link>
      </p>
      {!repeatsHeadline(bodyText, headline) && <EventBody blocks={event.body} links={links} />}
      {event.tags.length > 0 && (
        <section className="panel-section" aria-labelledby="tags-heading">
          <h3 id="tags-heading">Tags</h3>
          <ul className="tag-chips">
            {event.tags.map((name, i) => (
              <li key={name}>
                <button type="button" className="chip chip-button" onClick={() => onTagClick(name)}>
                  {event.tagLabels[i]}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <EventSources sources={event.sources} />
      <RelatedEvents related={event.related} links={links} onTagClick={onTagClick} />
      <nav className="panel-footer" aria-label="Neighbouring events">
        <NeighbourLink label="Previous" link={previous} links={links} rel="prev" />
        <span className="share-buttons">
          <CopyButton text={shareUrl} label="Copy link" copiedLabel="Link copied" />
          <CopyButton text={embedCode} label="Copy embed code" copiedLabel="Embed code copied" />
        </span>
        <NeighbourLink label="Next" link={next} links={links} rel="next" />
      </nav>
    </article>
  );
}

interface NeighbourLinkProps {
  label: string;
  link: EventLink | null;
  links: PanelLinks;
  rel: 'prev' | 'next';
}

function NeighbourLink({ label, link, links, rel }: NeighbourLinkProps) {
  return (
    <StepLink
      to={link && links.eventHref(link.id, link.day)}
      rel={rel}
      title={link?.title}
      // Stepping on keeps focus on the same button in the next event's panel.
      data-focus-key={rel}
      data-refocus={rel === 'next' ? 'next prev' : 'prev next'}
    >
      {rel === 'prev' ? `← ${label}` : `${label} →`}
    </StepLink>
  );
}
