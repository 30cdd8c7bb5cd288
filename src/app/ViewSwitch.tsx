import type { ViewMode } from '../lib/url-state.ts';

/** Timeline or list: the same events in view, drawn or written out. */
export function ViewSwitch({ mode, onChange }: { mode: ViewMode; onChange: (mode: ViewMode) => void }) {
  return (
    <div className="view-switch" role="group" aria-label="Show events as">
      {(['timeline', 'list'] as const).map((option) => (
        <button
          key={option}
          type="button"
          className="panel-button"
          aria-pressed={mode === option}
          data-focus-key={`show-${option}`}
          onClick={() => onChange(option)}
        >
          {option === 'timeline' ? 'Timeline' : 'List'}
        </button>
      ))}
    </div>
  );
}
