import { useTagIntent } from '../../features/tag-filter/index.ts';
import { useDocumentTitle } from '../../lib/document-title.ts';
import { useShell } from '../shell-context.ts';

const numberFormat = new Intl.NumberFormat('en');

/** The panel before anything is selected: what the collection holds and where to start. */
export function OverviewPanel() {
  const { manifest, addTag } = useShell();
  const intent = useTagIntent(manifest);
  const firstYear = new Date(manifest.firstDay * 86_400_000).getUTCFullYear();
  const lastYear = new Date(manifest.lastDay * 86_400_000).getUTCFullYear();
  const years = firstYear === lastYear ? String(firstYear) : `${firstYear}–${lastYear}`;
  useDocumentTitle(null);
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
                {tag.name} <span className="chip-count">{numberFormat.format(tag.count)}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
