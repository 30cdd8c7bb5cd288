import { Link } from 'react-router';
import type { Manifest, StoryId } from '../../bundle/index.ts';
import { useStoryMembers } from '../../lib/data/story-members.ts';
import type { Density } from '../../lib/density.ts';
import { DensityChart } from './DensityChart.tsx';
import { countEvents, formatDay } from './format.ts';
import type { StoryLinks } from './links.ts';
import { StoryEvents } from './StoryEvents.tsx';
import { childStories } from './story-paths.ts';
import './stories.css';
import { storyLabel } from '../../lib/tag-labels.ts';
import { useDocumentTitle } from '../../lib/document-title.ts';

interface StoryViewProps {
  manifest: Manifest;
  density: Density;
  story: StoryId;
  links: StoryLinks;
  /** Whether the story has a lane of its own on the timeline, and how to give it one. */
  pinned: boolean;
  onPin: () => void;
  /** The whole days in view, [from, to): the list follows them. */
  daysInView: [number, number];
  /** Moves the view to the story's span. */
  onShowStory: () => void;
}

/** A story page: its place among stories, when it was active, and all its events in order. */
export function StoryView(props: StoryViewProps) {
  const { manifest, density, story, links, pinned, onPin, daysInView } = props;
  const entry = manifest.stories[story];
  const members = useStoryMembers(manifest, story);
  const children = childStories(manifest, story);
  const label = storyLabel(manifest, story);
  useDocumentTitle(label);
  return (
    <article className="story-view" data-story-id={story}>
      {entry.parent !== null && (
        <p className="story-parent">
          Part of <Link to={links.storyHref(entry.parent)}>{storyLabel(manifest, entry.parent)}</Link>
        </p>
      )}
      <h2 className="story-name">{label}</h2>
      <p className="story-summary">
        {countEvents(entry.size)} ·{' '}
        <span className="story-dates">
          {formatDay(entry.firstDay)} – {formatDay(entry.lastDay)}
        </span>
      </p>
      <p className="story-actions">
        <button type="button" className="panel-button" onClick={onPin} disabled={pinned} aria-pressed={pinned}>
          {pinned ? 'Pinned to a lane' : 'Pin to a lane'}
        </button>
      </p>
      {members.data ? (
        <DensityChart
          members={members.data}
          density={density}
          firstDay={entry.firstDay}
          lastDay={entry.lastDay}
          daysInView={daysInView}
        />
      ) : (
        <div className="story-density story-density-pending" />
      )}
      {children.length > 0 && (
        <section className="story-children" aria-labelledby="story-children-heading">
          <h3 id="story-children-heading">Stories within</h3>
          <ul>
            {children.map((child) => (
              <li key={child}>
                <Link to={links.storyHref(child)}>{storyLabel(manifest, child)}</Link>{' '}
                <span className="chip-count">{manifest.stories[child].size}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="story-events-heading">
        <h3 id="story-events-heading">Events</h3>
        {members.isError ? (
          <p role="alert">The story’s events could not be loaded.</p>
        ) : members.data ? (
          <StoryEvents
            manifest={manifest}
            density={density}
            story={story}
            members={members.data}
            daysInView={daysInView}
            links={links}
            onShowStory={props.onShowStory}
          />
        ) : (
          <p aria-busy="true">Loading…</p>
        )}
      </section>
    </article>
  );
}
