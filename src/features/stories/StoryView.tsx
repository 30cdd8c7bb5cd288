import { Link } from 'react-router';
import type { Manifest, StoryId } from '../../bundle/index.ts';
import { useStoryMembers } from '../../lib/data/story-members.ts';
import type { Density } from '../../lib/density.ts';
import { DensityChart } from './DensityChart.tsx';
import { countEvents, formatDay } from './format.ts';
import type { StoryLinks } from './links.ts';
import { OrdinalList } from './OrdinalList.tsx';
import { childStories } from './story-paths.ts';
import './stories.css';

interface StoryViewProps {
  manifest: Manifest;
  density: Density;
  story: StoryId;
  links: StoryLinks;
  /** Whether the story has a lane of its own on the timeline, and how to give it one. */
  pinned: boolean;
  onPin: () => void;
}

/** A story page: its place among stories, when it was active, and all its events in order. */
export function StoryView({ manifest, density, story, links, pinned, onPin }: StoryViewProps) {
  const entry = manifest.stories[story];
  const members = useStoryMembers(manifest, story);
  const children = childStories(manifest, story);
  return (
    <article className="story-view" data-story-id={story}>
      {entry.parent !== null && (
        <p className="story-parent">
          Part of <Link to={links.storyHref(entry.parent)}>{manifest.stories[entry.parent].name}</Link>
        </p>
      )}
      <h2 className="story-name">{entry.name}</h2>
      <p className="story-summary">
        {countEvents(entry.size)} · {formatDay(entry.firstDay)} – {formatDay(entry.lastDay)}
      </p>
      <p className="story-actions">
        <button type="button" className="panel-button" onClick={onPin} disabled={pinned} aria-pressed={pinned}>
          {pinned ? 'Pinned to a lane' : 'Pin to a lane'}
        </button>
      </p>
      {members.data ? (
        <DensityChart members={members.data} density={density} firstDay={entry.firstDay} lastDay={entry.lastDay} />
      ) : (
        <div className="story-density story-density-pending" />
      )}
      {children.length > 0 && (
        <section className="story-children" aria-labelledby="story-children-heading">
          <h3 id="story-children-heading">Stories within</h3>
          <ul>
            {children.map((child) => (
              <li key={child}>
                <Link to={links.storyHref(child)}>{manifest.stories[child].name}</Link>{' '}
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
          <OrdinalList
            manifest={manifest}
            density={density}
            ordinals={members.data}
            links={links}
            label={`Events of ${entry.name}`}
          />
        ) : (
          <p aria-busy="true">Loading…</p>
        )}
      </section>
    </article>
  );
}
