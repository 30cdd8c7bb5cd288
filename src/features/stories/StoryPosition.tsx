import { Link } from 'react-router';
import type { Manifest, StoryId } from '../../bundle/index.ts';
import { useOrdinalEvents, type OrdinalEvent } from '../../lib/data/ordinal-events.ts';
import { useStoryMembers } from '../../lib/data/story-members.ts';
import { StepLink } from '../../lib/StepLink.tsx';
import { formatDay } from './format.ts';
import type { StoryLinks } from './links.ts';
import { storyPosition } from './story-order.ts';
import './stories.css';
import { storyLabel } from '../../lib/tag-labels.ts';

interface StoryPositionProps {
  manifest: Manifest;
  story: StoryId;
  ordinal: number;
  links: StoryLinks;
}

/** "12 of 340 in Syrian civil war", with the story's neighbours and its first and last dates. */
export function StoryPosition({ manifest, story, ordinal, links }: StoryPositionProps) {
  const members = useStoryMembers(manifest, story);
  const position = members.data ? storyPosition(members.data, ordinal) : null;
  const [previous, next] = useOrdinalEvents(
    manifest,
    position ? [position.previous ?? ordinal, position.next ?? ordinal] : [],
  );
  const entry = manifest.stories[story];
  if (!position) return <p className="story-position story-position-pending">In this story…</p>;
  return (
    <nav className="story-position" aria-label="In this story">
      <p>
        <strong>
          {position.k.toLocaleString('en-GB')} of {position.n.toLocaleString('en-GB')}
        </strong>{' '}
        in <Link to={links.storyHref(story)}>{storyLabel(manifest, story)}</Link>
        <span className="story-span">
          {' '}
          · {formatDay(entry.firstDay)} – {formatDay(entry.lastDay)}
        </span>
      </p>
      <p className="story-steps">
        <StoryStep label="Previous in story" event={position.previous === null ? null : previous} links={links} />
        <StoryStep label="Next in story" event={position.next === null ? null : next} links={links} />
      </p>
    </nav>
  );
}

function StoryStep({
  label,
  event,
  links,
}: {
  label: string;
  event: OrdinalEvent | null | undefined;
  links: StoryLinks;
}) {
  return (
    <StepLink to={event ? links.eventHref(event.id, event.day) : null} title={event?.title}>
      {label.startsWith('Previous') ? `← ${label}` : `${label} →`}
    </StepLink>
  );
}
