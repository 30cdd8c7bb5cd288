export { FilteredEvents } from './FilteredEvents.tsx';
export type { StoryLinks } from './links.ts';
export { StoryPosition } from './StoryPosition.tsx';
export { StoryView } from './StoryView.tsx';
export { dayOfOrdinal, membersInDays, ordinalOf, storyPosition } from './story-order.ts';
export { childStories, storyHrefOf, storyPathOfPathname, storyPaths } from './story-paths.ts';
export { chooseLanes, laneCandidates } from './lane-choice.ts';
