import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type PointerEvent as ReactPointerEvent,
  type ReactNode,
} from 'react';
import { draggedHeight, foldsAt } from './sheet-drag.ts';
import './event-panel.css';
import './sheet.css';

interface SidePanelProps {
  children: ReactNode;
  /** Leaves the selection (back to the day or overview); null when there is nothing to close. */
  onClose: (() => void) | null;
  /** What the panel shows (e.g. the path): a new one starts at its top, not at the old scroll. */
  scrollKey?: string;
}

/**
 * The details column at desktop width; on a phone a bottom sheet (see event-panel.css) that the
 * handle drags taller or shorter, or folds down to its bar, so the timeline above stays usable.
 */
export function SidePanel({ children, onClose, scrollKey }: SidePanelProps) {
  const [folded, setFolded] = useState(false);
  const [height, setHeight] = useState<number | null>(null);
  const drag = useRef<{ startY: number; startHeight: number; moved: boolean } | null>(null);
  const asideRef = useRef<HTMLElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [scrollKey]);

  // Escape closes the open event from anywhere in the panel, not only from the timeline; through
  // a ref set at commit, so a key pressed right after a tag click closes onto the new filter.
  const closeRef = useRef(onClose);
  useLayoutEffect(() => {
    closeRef.current = onClose;
  });
  useEffect(() => {
    const aside = asideRef.current!;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || !closeRef.current) return;
      event.preventDefault();
      closeRef.current();
    };
    aside.addEventListener('keydown', onKeyDown);
    return () => aside.removeEventListener('keydown', onKeyDown);
  }, []);

  const onPointerDown = (event: ReactPointerEvent<HTMLButtonElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startY: event.clientY, startHeight: asideRef.current?.offsetHeight ?? 0, moved: false };
  };
  const onPointerMove = (event: ReactPointerEvent<HTMLButtonElement>) => {
    const state = drag.current;
    if (!state || Math.abs(event.clientY - state.startY) < 4) return;
    state.moved = true;
    setFolded(false);
    setHeight(draggedHeight(state.startHeight, state.startY, event.clientY, window.innerHeight));
  };
  const onPointerUp = () => {
    const state = drag.current;
    drag.current = null;
    if (!state) return;
    // A tap toggles; a drag that ends low folds the sheet.
    if (!state.moved) setFolded(!folded);
    else if (height !== null && foldsAt(height, window.innerHeight)) {
      setFolded(true);
      setHeight(null);
    }
  };

  return (
    <aside
      ref={asideRef}
      className="side-panel"
      aria-label="Event details"
      id="details"
      data-folded={folded}
      style={height !== null && !folded ? ({ '--sheet-height': `${height}px` } as CSSProperties) : undefined}
    >
      <div className="sheet-bar">
        <button
          type="button"
          className="sheet-handle"
          aria-label={folded ? 'Expand details' : 'Fold details'}
          aria-expanded={!folded}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => (drag.current = null)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              setFolded(!folded);
            }
          }}
        />
        {onClose && (
          <button
            type="button"
            className="sheet-close"
            aria-label="Close details"
            aria-keyshortcuts="Escape"
            data-refocus="view"
            onClick={onClose}
          >
            ×
          </button>
        )}
      </div>
      <div ref={scrollRef} className="side-panel-scroll">
        {children}
      </div>
    </aside>
  );
}
