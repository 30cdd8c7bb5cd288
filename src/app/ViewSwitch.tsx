import { Segmented } from '../lib/Segmented.tsx';
import type { ViewMode } from '../lib/url-state.ts';

export const VIEW_SWITCH = {
  label: 'Show events as',
  options: [
    ['timeline', 'Timeline'],
    ['list', 'List'],
  ],
  className: 'view-switch',
  optionClassName: 'panel-button',
  kind: 'toggle',
} as const;

/** Timeline or list: the same events in view, drawn or written out. */
export function ViewSwitch({ mode, onChange }: { mode: ViewMode; onChange: (mode: ViewMode) => void }) {
  return <Segmented {...VIEW_SWITCH} value={mode} onChange={onChange} focusKey={(option) => `show-${option}`} />;
}
