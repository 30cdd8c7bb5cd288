import { useLayoutEffect, useState, type RefObject } from 'react';

/** Which edges of a sideways-scrolling row hide content: where its fade belongs. */
export type OverflowEdges = 'start' | 'end' | 'both' | undefined;

/** Slack (px) for sub-pixel widths, so a row that just fits does not read as overflowing. */
const SLACK = 1;

export function overflowEdges(scrollLeft: number, clientWidth: number, scrollWidth: number): OverflowEdges {
  const start = scrollLeft > SLACK;
  const end = scrollLeft + clientWidth < scrollWidth - SLACK;
  return start && end ? 'both' : start ? 'start' : end ? 'end' : undefined;
}

/** Follows the row's scroll and size; `deps` changes (its items) measure it again. */
export function useOverflowEdges(ref: RefObject<HTMLElement | null>, deps: unknown): OverflowEdges {
  const [edges, setEdges] = useState<OverflowEdges>();
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setEdges(overflowEdges(el.scrollLeft, el.clientWidth, el.scrollWidth));
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    // Absent where nothing is laid out (jsdom): there is no width to measure either.
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    observer?.observe(el);
    return () => {
      el.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, [ref, deps]);
  return edges;
}
