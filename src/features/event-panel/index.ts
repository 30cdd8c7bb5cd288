export { DayEvents } from './DayEvents.tsx';
export { EventPanel } from './EventPanel.tsx';
export { EventNotFound, PanelError, PanelSkeleton, WayOn } from './PanelStates.tsx';
export { SidePanel } from './SidePanel.tsx';
export type { EventLink, PanelLinks } from './links.ts';
