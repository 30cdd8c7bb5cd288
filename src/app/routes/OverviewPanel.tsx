import type { DayNumber } from '../../bundle/index.ts';
import { dayOfOrdinal, FilteredEvents } from '../../features/stories/index.ts';
import type { Density } from '../../lib/density.ts';
import type { TimeRange } from '../../lib/time-range.ts';
import { filterKeyOf, useTagIntent } from '../../features/tag-filter/index.ts';
import { corpusRange, daysOfRange } from '../../lib/view-range.ts';
import { useDocumentTitle } from '../../lib/document-title.ts';
import { useShell } from '../shell-context.ts';
import { labelOf } from '../../lib/tag-labels.ts';

const numberFormat = new Intl.NumberFormat('en');

/** The panel before anything is selected: what the collection holds and where to start. */
export function OverviewPanel() {
  const { manifest, density, links, addTag, view, filter } = useShell();
  const intent = useTagIntent(manifest);
  useDocumentTitle(null);
  if (view.view.tags.length > 0) {
    return (
      <FilteredEvents
        manifest={manifest}
        density={density}
        matched={filter.filterKey === filterKeyOf(view.view.tags, view.view.match) ? filter.matched : null}
        daysInView={daysOfRange(view.range)}
        tags={view.view.tags}
        match={view.view.match}
        links={links}
        onMatchAny={() => view.setMatch('any')}
        onRemoveTag={view.removeTag}
        onShowAll={() => filter.matched && view.showRange(spanOf(filter.matched, density))}
      />
    );
  }
  const firstYear = new Date(manifest.firstDay * 86_400_000).getUTCFullYear();
  const lastYear = new Date(manifest.lastDay * 86_400_000).getUTCFullYear();
  const years = firstYear === lastYear ? String(firstYear) : `${firstYear}–${lastYear}`;
  return (
    <article className="event-panel">
      <h2 className="event-headline" tabIndex={-1} data-focus-key="panel-heading">
        {numberFormat.format(manifest.eventCount)} {manifest.eventCount === 1 ? 'event' : 'events'}, {years}
      </h2>
      <p>Scroll or pinch on the timeline to zoom, drag to pan, and click an event to read it here.</p>
      <section className="panel-section" aria-labelledby="top-tags-heading">
        <h3 id="top-tags-heading">Most used tags</h3>
        <ul className="tag-chips">
          {manifest.tags.slice(0, 24).map((tag) => (
            <li key={tag.name}>
              <button
                type="button"
                className="chip chip-button"
                onPointerEnter={() => intent(tag.name)}
                onFocus={() => intent(tag.name)}
                onClick={() => addTag(tag.name)}
              >
                {labelOf(tag)} <span className="chip-count">{numberFormat.format(tag.count)}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

/** The days from the first to the last of some events, with a little air. */
function spanOf(ordinals: Uint32Array, density: Density): TimeRange {
  const first: DayNumber = dayOfOrdinal(density, ordinals[0]);
  return corpusRange(first, dayOfOrdinal(density, ordinals[ordinals.length - 1]));
}
