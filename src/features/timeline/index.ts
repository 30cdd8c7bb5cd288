export { Timeline } from './Timeline.tsx';
export type { TimelineProps, TimelineEvents } from './types.ts';
