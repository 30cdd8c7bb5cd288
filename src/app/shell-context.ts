import { useOutletContext } from 'react-router';
import type { Manifest } from '../bundle/index.ts';
import type { PanelLinks } from '../features/event-panel/index.ts';
import type { StoryLinks } from '../features/stories/index.ts';
import type { TagFilterState } from '../features/tag-filter/index.ts';
import type { Density } from '../lib/density.ts';
import type { ViewState } from './use-view-state.ts';

/** What the shell hands the route panels through <Outlet context>. */
export interface ShellContext {
  manifest: Manifest;
  density: Density;
  links: PanelLinks & StoryLinks;
  addTag: (name: string) => void;
  /** The URL's view and what changes it. */
  view: ViewState;
  /** The tag filter; `matched` is the active filter's events (an open story's, else the tags'). */
  filter: TagFilterState;
}

export function useShell(): ShellContext {
  return useOutletContext<ShellContext>();
}
