import type { StoryLane } from './story-lanes.ts';
import './lane-labels.css';

interface LaneLabelsProps {
  lanes: StoryLane[];
  onOpenStory?: (story: number) => void;
}

/**
 * One label per story lane, in bands of equal height between the plot's top and its axis (the
 * CSS mirrors laneBands). A story's label opens its view.
 */
export function LaneLabels({ lanes, onOpenStory }: LaneLabelsProps) {
  return (
    <ol className="timeline-lane-labels" aria-label="Story lanes">
      {lanes.map((lane) => (
        <li key={lane.key}>
          {lane.story !== null && onOpenStory ? (
            <button type="button" onClick={() => onOpenStory(lane.story!)}>
              {lane.label}
            </button>
          ) : (
            <span>{lane.label}</span>
          )}
        </li>
      ))}
    </ol>
  );
}
