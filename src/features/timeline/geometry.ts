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
}

export const AXIS_HEIGHT = 44;
const TOP = 44;
const RUG_HEIGHT = 28;
const MORE_ROW = 22;
const LANE_HEIGHT = 24;
const MAX_LANE_HEIGHT = 32;
export const MAX_LANES = 16;

export function plotGeometry(width: number, height: number): PlotGeometry {
  const axisTop = Math.max(TOP + 40, height - AXIS_HEIGHT);
  const rugTop = axisTop - RUG_HEIGHT;
  const moreY = rugTop - MORE_ROW / 2 - 2;
  const laneTop = TOP;
  const room = rugTop - MORE_ROW - laneTop;
  const laneCount = Math.max(1, Math.min(MAX_LANES, Math.floor(room / LANE_HEIGHT)));
  // Lanes are capped (each label is a DOM node); on tall screens they breathe instead.
  const laneHeight = Math.min(MAX_LANE_HEIGHT, Math.max(LANE_HEIGHT, Math.floor(room / laneCount)));
  return { width, height, top: TOP, axisTop, rugTop, moreY, laneTop, laneHeight, laneCount };
}

/** Centre y of a lane. */
export function laneY(g: PlotGeometry, lane: number): number {
  return g.laneTop + lane * g.laneHeight + g.laneHeight / 2;
}
