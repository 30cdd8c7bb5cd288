import { memo } from 'react';
import { Link } from 'react-router';
import { formatShortDay } from '../../lib/dates.ts';
import type { DayNumber, EventId } from '../../bundle/index.ts';
import { highlight } from './highlight.ts';
import type { SortOrder } from './rank.ts';
import type { SearchHit } from './run-search.ts';
import type { SearchState } from './use-search.ts';
import './search.css';

interface SearchResultsProps {
  search: SearchState;
  order: SortOrder;
  onOrderChange: (order: SortOrder) => void;
  onlyInView: boolean;
  onOnlyInViewChange: (only: boolean) => void;
  tagsActive: boolean;
  /** The typed text also reads as a date ("15 September 2008"). */
  dateLabel: string | null;
  onShowMore: () => void;
  eventHref: (id: EventId, day: DayNumber) => string;
  /** A title as shown (its stories by their labels); as it is by default. */
  showTitle?: (title: string) => string;
}

const numberFormat = new Intl.NumberFormat('en');

/** The side panel while a query is typed: the count, the ranked events, and how to widen it. */
export function SearchResults(props: SearchResultsProps) {
  const { search, order, onlyInView, tagsActive } = props;
  const answer = search.answer;
  const total = answer?.matched.length ?? 0;
  return (
    <section
      className="event-panel search-results"
      aria-labelledby="search-results-heading"
      aria-busy={search.status === 'loading'}
      data-search-painted={search.status === 'ready' ? search.shownText : undefined}
    >
      <h2 id="search-results-heading" className="event-headline">
        Search results
      </h2>
      <p className="search-count" role="status">
        {search.status === 'error'
          ? 'The search index could not be loaded.'
          : answer
            ? `${numberFormat.format(total)} ${total === 1 ? 'result' : 'results'}`
            : 'Searching…'}
      </p>
      <div className="search-controls">
        <fieldset className="search-order">
          <legend>Sort by</legend>
          {(['relevance', 'date'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="search-order"
                checked={order === value}
                onChange={() => props.onOrderChange(value)}
              />
              {value === 'relevance' ? 'Relevance' : 'Date'}
            </label>
          ))}
        </fieldset>
        <label>
          <input
            type="checkbox"
            checked={onlyInView}
            onChange={(event) => props.onOnlyInViewChange(event.target.checked)}
          />
          Only in view
        </label>
      </div>
      {answer && answer.ignored.length > 0 && (
        <p className="search-note">Left out as too common: {answer.ignored.join(', ')}.</p>
      )}
      {answer && total === 0 && (
        <div className="search-note">
          <p>No events match “{search.shownText.trim()}”.</p>
          {props.dateLabel && <p>Press Enter to go to {props.dateLabel}.</p>}
          <p>
            Try fewer or shorter words{tagsActive ? ', remove a tag' : ''}
            {onlyInView ? ', or search outside the view' : ''}.
          </p>
        </div>
      )}
      {answer && (
        <ResultList hits={answer.hits} terms={answer.terms} eventHref={props.eventHref} showTitle={props.showTitle} />
      )}
      {answer && answer.hits.length < total && (
        <button type="button" className="panel-button" onClick={props.onShowMore}>
          Show more results
        </button>
      )}
    </section>
  );
}

interface ResultListProps {
  hits: SearchHit[];
  terms: string[];
  eventHref: (id: EventId, day: DayNumber) => string;
  showTitle?: (title: string) => string;
}

/**
 * The ranked events, their matched words marked. Re-rendered for a new answer or new links (their
 * hrefs carry the query, so once more when the URL catches up), not for each typed character.
 */
const ResultList = memo(function ResultList({ hits, terms, eventHref, showTitle = String }: ResultListProps) {
  const matched = new Set(terms);
  return (
    <ol className="search-list">
      {hits.map((hit) => (
        <li key={hit.id}>
          <Link to={eventHref(hit.id, hit.day)}>
            <span className="search-date">{formatShortDay(hit.day)}</span>
            <span className="search-title">
              {highlight(showTitle(hit.title), matched).map((segment, i) =>
                segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
              )}
            </span>
          </Link>
        </li>
      ))}
    </ol>
  );
});
