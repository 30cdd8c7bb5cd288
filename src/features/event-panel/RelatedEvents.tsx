import { Link } from 'react-router';
import type { RelatedEntry } from '../../lib/data/day-detail.ts';
import { formatShortDay } from '../../lib/dates.ts';
import { type PanelLinks } from './links.ts';
import './related.css';

interface RelatedEventsProps {
  related: RelatedEntry[];
  links: PanelLinks;
  onTagClick: (name: string) => void;
}

/** Events outside this collection keep their title and date but are not links into the app. */
export function RelatedEvents({ related, links, onTagClick }: RelatedEventsProps) {
  if (related.length === 0) return null;
  // Oldest first; entries of one day keep the order the file gives them.
  const byDate = [...related].sort((a, b) => a.day - b.day);
  return (
    <section className="panel-section" aria-labelledby="related-heading">
      <h3 id="related-heading">Related</h3>
      <ol className="related-list">
        {byDate.map((entry, i) => (
          <li key={`${i}:${entry.id}`} className={entry.inCollection ? 'related' : 'related related-outside'}>
            <span className="related-date">{formatShortDay(entry.day)}</span>
            {entry.inCollection ? (
              <Link className="related-title" to={links.eventHref(entry.id, entry.day)}>
                <RelatedTitle entry={entry} />
              </Link>
            ) : (
              <>
                <span className="related-title">
                  <RelatedTitle entry={entry} />
                </span>
                <span className="outside-mark">not in this collection</span>
              </>
            )}
            {entry.contexts.length > 0 && (
              <span className="related-contexts" role="group" aria-label="Shared tags">
                {entry.contexts.map((name, i) => (
                  <button key={name} type="button" className="context-tag" onClick={() => onTagClick(name)}>
                    {entry.contextLabels[i]}
                  </button>
                ))}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The story names in front of a related title are dimmed: they place it; the headline says it. */
function RelatedTitle({ entry }: { entry: RelatedEntry }) {
  if (entry.headlineStart === 0) return entry.title;
  return (
    <>
      <span className="story-prefix">{entry.title.slice(0, entry.headlineStart)}</span>
      {entry.title.slice(entry.headlineStart)}
    </>
  );
}
