/**
 * What the timeline draws for stories and related events, apart from the controller: story
 * lanes in place of the density, related-event rings and arcs, and the "← 3" / "5 →" counts of
 * related events beyond the edges (buttons outside the canvas, written only when they change).
 */
import type { DayNumber } from '../../bundle/index.ts';
import { createBins, type Bins } from './density-bins.ts';
import type { PlotGeometry } from './geometry.ts';
import { paintLanes } from './paint-lanes.ts';
import { paintRelated } from './paint-related.ts';
import { laneBands, relatedInView, type StoryLane } from './story-lanes.ts';

export interface EdgeButtons {
  before: HTMLButtonElement;
  after: HTMLButtonElement;
}

export interface FrameView {
  startDay: number;
  endDay: number;
  pxPerDay: number;
  width: number;
  /** Where a day's mark sits within the day's width. */
  offset: number;
}

export function createStoryOverlays(edges: EdgeButtons | null, binPx: number) {
  let bins: Bins[] = [];
  let capacity = 8;
  let nearest: { before: DayNumber | null; after: DayNumber | null } = { before: null, after: null };
  const shown = { before: '', after: '' };

  function setEdge(side: 'before' | 'after', count: number): void {
    const text = count === 0 ? '' : side === 'before' ? `← ${count}` : `${count} →`;
    if (!edges || shown[side] === text) return;
    shown[side] = text;
    const button = edges[side];
    button.textContent = text;
    button.hidden = count === 0;
    const where = side === 'before' ? 'earlier' : 'later';
    button.setAttribute('aria-label', `${count} related ${count === 1 ? 'event' : 'events'} ${where}: go there`);
  }

  return {
    resize(width: number): void {
      capacity = Math.ceil(width / binPx) + 8;
      bins = [];
    },
    /** Paints the lanes between the plot's top and its axis; returns how many events they show. */
    paintLanes(ctx: CanvasRenderingContext2D, lanes: readonly StoryLane[], g: PlotGeometry, view: FrameView): number {
      while (bins.length < lanes.length) bins.push(createBins(capacity));
      const bands = laneBands(lanes.length, g.top, g.axisTop);
      return paintLanes(ctx, lanes, bands, bins, { ...view, binPx });
    },
    paintRelated(
      ctx: CanvasRenderingContext2D,
      related: readonly DayNumber[],
      selectedDay: DayNumber | null,
      g: PlotGeometry,
      view: FrameView,
    ): void {
      const found = relatedInView(related, view.startDay, view.endDay);
      nearest = { before: found.nearestBefore, after: found.nearestAfter };
      setEdge('before', found.before);
      setEdge('after', found.after);
      const x = (day: DayNumber) => (day - view.startDay) * view.pxPerDay + view.offset;
      const from = selectedDay !== null && selectedDay >= view.startDay - 1 && selectedDay < view.endDay;
      paintRelated(ctx, found.inView.map(x), from ? x(selectedDay) : null, g.axisTop - 3);
    },
    /** The nearest related day beyond an edge, as of the last frame. */
    nearest(side: 'before' | 'after'): DayNumber | null {
      return nearest[side];
    },
  };
}
