import { useOutletContext } from 'react-router';
import type { Manifest } from '../bundle/index.ts';
import type { PanelLinks } from '../features/event-panel/index.ts';
import type { Density } from '../lib/density.ts';

/** What the shell hands the route panels through <Outlet context>. */
export interface ShellContext {
  manifest: Manifest;
  density: Density;
  links: PanelLinks;
  addTag: (name: string) => void;
}

export function useShell(): ShellContext {
  return useOutletContext<ShellContext>();
}
