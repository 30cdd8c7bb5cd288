/** Where a label lane starts being free again; reused across frames. */
export interface LaneScratch {
  ends: Float64Array;
}

export function createLaneScratch(maxLanes: number): LaneScratch {
  return { ends: new Float64Array(maxLanes) };
}

/**
 * Greedy lane packing: each box (left edge x, width w), taken in x order, goes into the
 * first lane whose last box ends at least `gap` before it; -1 when all `laneCount` lanes
 * are taken there. Boxes with the same x land in successive lanes, so same-day events stack.
 * A negative width marks a box the caller has already left out: it gets -1 too.
 * Returns how many boxes got no lane.
 */
export function packLanes(
  xs: ArrayLike<number>,
  widths: ArrayLike<number>,
  count: number,
  laneCount: number,
  gap: number,
  outLanes: Int16Array,
  scratch: LaneScratch,
): number {
  const lanes = Math.min(laneCount, scratch.ends.length);
  scratch.ends.fill(-Infinity, 0, lanes);
  let overflow = 0;
  for (let i = 0; i < count; i++) {
    const x = xs[i];
    let lane = -1;
    if (widths[i] < 0) {
      outLanes[i] = -1;
      overflow++;
      continue;
    }
    for (let l = 0; l < lanes; l++) {
      if (scratch.ends[l] + gap <= x) {
        lane = l;
        break;
      }
    }
    outLanes[i] = lane;
    if (lane < 0) overflow++;
    else scratch.ends[lane] = x + widths[i];
  }
  return overflow;
}
