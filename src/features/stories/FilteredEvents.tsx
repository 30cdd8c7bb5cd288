import type { Manifest } from '../../bundle/index.ts';
import type { Density } from '../../lib/density.ts';
import type { MatchMode } from '../../lib/url-state.ts';
import { countEvents } from './format.ts';
import type { StoryLinks } from './links.ts';
import { NoneInView } from './NoneInView.tsx';
import { OrdinalList } from './OrdinalList.tsx';
import { membersInDays } from './story-order.ts';
import './stories.css';
import { tagLabel } from '../../lib/tag-labels.ts';

interface FilteredEventsProps {
  manifest: Manifest;
  density: Density;
  /** Every matching event (ascending ordinals); null while the filter computes. */
  matched: Uint32Array | null;
  /** The whole days in view, [from, to). */
  daysInView: [number, number];
  tags: string[];
  match: MatchMode;
  links: Pick<StoryLinks, 'eventHref'>;
  onMatchAny: () => void;
  onRemoveTag: (name: string) => void;
  /** Moves the view to cover every match. */
  onShowAll: () => void;
}

/** With a tag filter and no event open, the panel lists what was asked for: the matches in view. */
export function FilteredEvents(props: FilteredEventsProps) {
  const { density, matched, daysInView, tags, match } = props;
  if (!matched) return <p aria-busy="true">Filtering…</p>;
  const inView = membersInDays(matched, density, daysInView[0], daysInView[1]);
  const title = tags.map((name) => tagLabel(props.manifest, name)).join(match === 'all' ? ' + ' : ' or ');
  return (
    <article className="filtered-events">
      <h2 className="story-name">{title}</h2>
      <p className="story-summary" role="status">
        {countEvents(inView.length)} in view
        {inView.length !== matched.length && ` of ${matched.length.toLocaleString('en-GB')} matching`}
      </p>
      {matched.length === 0 ? (
        <NoMatches {...props} />
      ) : inView.length === 0 ? (
        <NoneInView action={`Show all ${countEvents(matched.length)}`} onAction={props.onShowAll}>
          None of the {countEvents(matched.length)} matching the filter falls in the visible range.
        </NoneInView>
      ) : (
        <OrdinalList source={props} ordinals={inView} label={`Events matching ${title}`} />
      )}
    </article>
  );
}

function NoMatches({ manifest, tags, match, onMatchAny, onRemoveTag }: FilteredEventsProps) {
  return (
    <div className="no-matches">
      <p>
        {match === 'all' && tags.length > 1
          ? `No event carries all ${tags.length} of these tags at once.`
          : 'No event carries these tags.'}
      </p>
      <ul className="no-match-ways">
        {match === 'all' && tags.length > 1 && (
          <li>
            <button type="button" className="panel-button" onClick={onMatchAny}>
              Show events with any of them
            </button>
          </li>
        )}
        {tags.map((name) => (
          <li key={name}>
            <button type="button" className="panel-button" onClick={() => onRemoveTag(name)}>
              Remove “{tagLabel(manifest, name)}”
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
