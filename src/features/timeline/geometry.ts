/** Vertical layout of the plot, px from its top. */
export interface PlotGeometry {
  width: number;
  height: number;
  /** Bars and lanes live between top and axisTop. */
  top: number;
  axisTop: number;
  /** Zoomed in: the per-day strip above the axis, and the "+N more" row above it. */
  rugTop: number;
  moreY: number;
  laneTop: number;
  laneHeight: number;
  laneCount: number;
  /** Height of a label button, centred in its lane. */
  labelHeight: number;
}

export const AXIS_HEIGHT = 44;
const TOP = 44;
const RUG_HEIGHT = 28;
const MORE_ROW = 22;
/** Compact lanes with a mouse; a little more room between tap targets on touch screens. */
const LANE_HEIGHT = { fine: 22, coarse: 28 };
const LABEL_HEIGHT = { fine: 20, coarse: 24 };
/** Enough for a tall desktop screen; each lane's labels are DOM nodes, so not unbounded. */
export const MAX_LANES = 48;

export function plotGeometry(width: number, height: number, pointer: 'fine' | 'coarse' = 'fine'): PlotGeometry {
  const axisTop = Math.max(TOP + 40, height - AXIS_HEIGHT);
  const rugTop = axisTop - RUG_HEIGHT;
  const moreY = rugTop - MORE_ROW / 2 - 2;
  const laneTop = TOP;
  const room = rugTop - MORE_ROW - laneTop;
  const compact = LANE_HEIGHT[pointer];
  // As many lanes as fit, so "+N more" only appears once the plot is really full.
  const laneCount = Math.max(1, Math.min(MAX_LANES, Math.floor(room / compact)));
  // Past the cap, on very tall screens, lanes breathe a little instead.
  const laneHeight = Math.min(Math.round(compact * 1.5), Math.max(compact, Math.floor(room / laneCount)));
  return {
    width,
    height,
    top: TOP,
    axisTop,
    rugTop,
    moreY,
    laneTop,
    laneHeight,
    laneCount,
    labelHeight: LABEL_HEIGHT[pointer],
  };
}

/** Centre y of a lane. */
export function laneY(g: PlotGeometry, lane: number): number {
  return g.laneTop + lane * g.laneHeight + g.laneHeight / 2;
}
