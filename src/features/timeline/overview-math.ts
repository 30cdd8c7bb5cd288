import type { TimeRange } from '../../lib/time-range.ts';

/** What a press on the overview strip grabs: an edge of the brush, the brush, or elsewhere. */
export type BrushGrip = 'start' | 'end' | 'move' | 'jump';

/** Px either side of a brush edge that still grab the edge (more on touch screens). */
export const EDGE_GRIP_PX = 8;
/** The brush never gets narrower than this many ms (an hour), so it can always be grabbed. */
export const MIN_BRUSH_MS = 3_600_000;

/** Which part of the brush [x0, x1] a press at x grabs. */
export function gripAt(x: number, x0: number, x1: number, grip = EDGE_GRIP_PX): BrushGrip {
  // A narrow brush: its edges take only its outer halves' grip, so the middle still moves it.
  const inner = Math.min(grip, (x1 - x0) / 3);
  if (Math.abs(x - x0) <= grip && x < x0 + inner) return 'start';
  if (Math.abs(x - x1) <= grip && x > x1 - inner) return 'end';
  if (x > x0 && x < x1) return 'move';
  return 'jump';
}

/**
 * The range after dragging `grip` by `dt` ms from `from`, kept inside `limits`: a moved brush
 * keeps its width, a dragged edge stops short of the other edge.
 */
export function dragBrush(grip: BrushGrip, from: TimeRange, dt: number, limits: TimeRange): TimeRange {
  if (grip === 'start') {
    return { start: clamp(from.start + dt, limits.start, from.end - MIN_BRUSH_MS), end: from.end };
  }
  if (grip === 'end') {
    return { start: from.start, end: clamp(from.end + dt, from.start + MIN_BRUSH_MS, limits.end) };
  }
  return centredAt((from.start + from.end) / 2 + dt, from.end - from.start, limits);
}

/** A range of `span` ms centred on `middle`, slid back inside `limits` (shrunk if wider). */
export function centredAt(middle: number, span: number, limits: TimeRange): TimeRange {
  const width = Math.min(span, limits.end - limits.start);
  const start = clamp(middle - width / 2, limits.start, limits.end - width);
  return { start, end: start + width };
}

function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}
