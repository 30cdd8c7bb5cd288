import { useState } from 'react';
import type { Manifest, StoryId } from '../../bundle/index.ts';
import type { Density } from '../../lib/density.ts';
import { countEvents } from './format.ts';
import type { StoryLinks } from './links.ts';
import { NoneInView } from './NoneInView.tsx';
import { OrdinalList } from './OrdinalList.tsx';
import { membersInDays } from './story-order.ts';
import { storyTitlePrefix } from './story-paths.ts';
import './stories.css';
import { storyLabel } from '../../lib/tag-labels.ts';

interface StoryEventsProps {
  manifest: Manifest;
  density: Density;
  story: StoryId;
  members: Uint32Array;
  /** The whole days in view, [from, to). */
  daysInView: [number, number];
  links: Pick<StoryLinks, 'eventHref'>;
  /** Moves the view to the story's span. */
  onShowStory: () => void;
}

/**
 * A story's events, those in view by default (the list follows zoom and pan, as a tag filter's
 * does), or all of them; the count says which.
 */
export function StoryEvents(props: StoryEventsProps) {
  const { manifest, density, story, members, daysInView } = props;
  const [onlyInView, setOnlyInView] = useState(true);
  const inView = membersInDays(members, density, daysInView[0], daysInView[1]);
  const shown = onlyInView ? inView : members;
  const name = storyLabel(manifest, story);
  const count =
    inView.length === members.length
      ? `All ${countEvents(members.length)} in view`
      : `${inView.length.toLocaleString('en-GB')} in view of ${countEvents(members.length)}`;
  return (
    <>
      <div className="story-events-head">
        <p className="story-summary" role="status">
          {count}
        </p>
        <label>
          <input type="checkbox" checked={onlyInView} onChange={(event) => setOnlyInView(event.target.checked)} />
          Only in view
        </label>
      </div>
      {shown.length === 0 ? (
        <NoneInView action="Show the whole story" onAction={props.onShowStory}>
          None of the story’s {countEvents(members.length)} falls in the visible range.
        </NoneInView>
      ) : (
        <OrdinalList
          source={props}
          ordinals={shown}
          label={`Events of ${name}`}
          knownPrefix={storyTitlePrefix(manifest, story)}
        />
      )}
    </>
  );
}
