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
export const MAX_LANES = 40;

export function plotGeometry(width: number, height: number): PlotGeometry {
  const axisTop = Math.max(TOP + 40, height - AXIS_HEIGHT);
  const rugTop = axisTop - RUG_HEIGHT;
  const moreY = rugTop - MORE_ROW / 2 - 2;
  const laneTop = TOP;
  const laneCount = Math.max(1, Math.min(MAX_LANES, Math.floor((rugTop - MORE_ROW - laneTop) / LANE_HEIGHT)));
  return { width, height, top: TOP, axisTop, rugTop, moreY, laneTop, laneHeight: LANE_HEIGHT, laneCount };
}

/** Centre y of a lane. */
export function laneY(g: PlotGeometry, lane: number): number {
  return g.laneTop + lane * g.laneHeight + g.laneHeight / 2;
}
