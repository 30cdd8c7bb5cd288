import type { DayNumber, EventId, StoryId } from '../../bundle/index.ts';

/** How story views turn events and stories into in-app hrefs; the app decides the query string. */
export interface StoryLinks {
  eventHref: (id: EventId, day: DayNumber) => string;
  storyHref: (id: StoryId) => string;
}
