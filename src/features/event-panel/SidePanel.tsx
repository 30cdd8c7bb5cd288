import { useState, type ReactNode } from 'react';
import './event-panel.css';

interface SidePanelProps {
  children: ReactNode;
  /** Leaves the selection (back to the day or overview); null when there is nothing to close. */
  onClose: (() => void) | null;
}

/**
 * The details column at desktop width; on a phone a bottom sheet (see event-panel.css) whose
 * handle folds it down to its header so the timeline above stays usable.
 */
export function SidePanel({ children, onClose }: SidePanelProps) {
  const [folded, setFolded] = useState(false);
  return (
    <aside className="side-panel" aria-label="Event details" data-folded={folded}>
      <div className="sheet-bar">
        <button
          type="button"
          className="sheet-handle"
          aria-label={folded ? 'Expand details' : 'Fold details'}
          aria-expanded={!folded}
          onClick={() => setFolded(!folded)}
        />
        {onClose && (
          <button type="button" className="sheet-close" aria-label="Close details" onClick={onClose}>
            ×
          </button>
        )}
      </div>
      <div className="side-panel-scroll">{children}</div>
    </aside>
  );
}
