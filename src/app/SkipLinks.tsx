import type { MouseEvent } from 'react';

interface SkipLinksProps {
  viewName: string;
  panelName: string;
  /** Moves focus to the element marked `data-focus-key` with this key. */
  onSkip: (key: string) => void;
}

/** The first things Tab reaches: straight to the timeline (or list) or to the panel. */
export function SkipLinks({ viewName, panelName, onSkip }: SkipLinksProps) {
  const skip = (key: string) => (event: MouseEvent) => {
    event.preventDefault();
    onSkip(key);
  };
  return (
    <nav className="skip-links" aria-label="Skip links">
      <a href="#main-view" onClick={skip('view')}>
        Skip to {viewName}
      </a>
      <a href="#details" onClick={skip('panel-heading')}>
        Skip to {panelName}
      </a>
    </nav>
  );
}
