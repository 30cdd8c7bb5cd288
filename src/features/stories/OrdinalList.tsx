import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { Link } from 'react-router';
import type { Manifest } from '../../bundle/index.ts';
import { useOrdinalEvents } from '../../lib/data/ordinal-events.ts';
import type { Density } from '../../lib/density.ts';
import { formatDay } from './format.ts';
import type { StoryLinks } from './links.ts';
import { dayOfOrdinal } from './story-order.ts';
import './stories.css';
import { labelStories } from '../../lib/tag-labels.ts';

/** Where the rows' days, headlines and links come from. */
export interface ListSource {
  manifest: Manifest;
  density: Density;
  links: Pick<StoryLinks, 'eventHref'>;
}

interface OrdinalListProps {
  source: ListSource;
  /** Ascending. */
  ordinals: Uint32Array;
  label: string;
  /** A story prefix every title shares and the list's label already says: left out of the rows. */
  knownPrefix?: string;
}

const ROW_HEIGHT = 66;

/**
 * Events as links with date and headline, however many: only the rows in sight are rendered,
 * and only their index shards fetched, so 5,000 events open as fast as 5. The date needs no
 * fetch (the manifest's day counts give it); the headline follows when its shard is in.
 */
export function OrdinalList({ source, ordinals, label, knownPrefix = '' }: OrdinalListProps) {
  const { manifest, density, links } = source;
  const scroller = useRef<HTMLDivElement>(null);
  // Nothing memoises this component's output, which is what the rule guards against.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: ordinals.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    initialRect: { width: 320, height: 480 },
  });
  const rows = virtualizer.getVirtualItems();
  const events = useOrdinalEvents(
    manifest,
    rows.map((row) => ordinals[row.index]),
  );
  const knownPrefixLength = labelStories(manifest, knownPrefix).title.length;
  return (
    <div ref={scroller} className="ordinal-list" role="region" aria-label={label} tabIndex={-1}>
      <ol style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row, i) => {
          const ordinal = ordinals[row.index];
          const event = events[i];
          const day = event?.day ?? dayOfOrdinal(density, ordinal);
          const shown = event && labelStories(manifest, event.title, event.headlineStart);
          const prefixStart = event?.title.startsWith(knownPrefix) ? knownPrefixLength : 0;
          return (
            <li
              key={ordinal}
              aria-setsize={ordinals.length}
              aria-posinset={row.index + 1}
              style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
            >
              <span className="ordinal-date">{formatDay(day)}</span>
              {event && shown ? (
                <Link to={links.eventHref(event.id, event.day)} className="ordinal-title">
                  {shown.headlineStart > prefixStart && (
                    <span className="story-prefix">{shown.title.slice(prefixStart, shown.headlineStart)}</span>
                  )}
                  {shown.title.slice(shown.headlineStart)}
                </Link>
              ) : (
                <span className="ordinal-title ordinal-pending">Loading…</span>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
