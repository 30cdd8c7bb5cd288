import { Link, useLocation } from 'react-router';
import { WayOn } from '../../features/event-panel/index.ts';
import { StoryView, storyPathOfPathname, storyPaths } from '../../features/stories/index.ts';
import { corpusRange, daysOfRange } from '../../lib/view-range.ts';
import { useShell } from '../shell-context.ts';
import { storyLabel } from '../../lib/tag-labels.ts';

/** `/story/<path>`: the story's page, or a way on when the path names no story. */
export function StoryPanel() {
  const { pathname } = useLocation();
  const { manifest, density, links, view } = useShell();
  const path = storyPathOfPathname(pathname) ?? '';
  const story = storyPaths(manifest).idOf.get(path);
  if (story === undefined) return <StoryNotFound path={path} />;
  return (
    <StoryView
      key={story}
      manifest={manifest}
      density={density}
      story={story}
      links={links}
      pinned={view.view.lanes === 'stories' && (view.view.pins ?? []).includes(path)}
      onPin={() => view.pinStory(path)}
      daysInView={daysOfRange(view.range)}
      onShowStory={() => view.showRange(corpusRange(manifest.stories[story].firstDay, manifest.stories[story].lastDay))}
    />
  );
}

function StoryNotFound({ path }: { path: string }) {
  const { manifest, links } = useShell();
  const largest = manifest.stories.slice(0, 8);
  return (
    <div className="event-panel" role="status">
      <h2 className="event-headline">Story not found</h2>
      <p>
        This collection has no story at <code>/story/{path}</code>. Story addresses are made from the story’s name and
        those of the stories it belongs to, so a renamed or removed story loses its address.
      </p>
      <h3>The largest stories</h3>
      <WayOn>
        {largest.map((story, id) => (
          <li key={story.name}>
            <Link to={links.storyHref(id)}>{storyLabel(manifest, id)}</Link>
          </li>
        ))}
      </WayOn>
    </div>
  );
}
