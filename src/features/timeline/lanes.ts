/** Per-lane and per-box buffers for packing; reused across frames. */
export interface LaneScratch {
  /** Where each lane's last box ends. */
  ends: Float64Array;
  /** Fill pass: each lane's next box already placed, and each box's successor in its lane. */
  upcoming: Int32Array;
  next: Int32Array;
  /** Claim pass: how many boxes in each lane stand in the way. */
  conflicts: Int32Array;
}

/** Boxes to put in lanes: box i spans [xs[i], xs[i] + widths[i]); `lanes` holds each one's lane. */
export interface LaneBoxes {
  xs: ArrayLike<number>;
  widths: ArrayLike<number>;
  /** Boxes 0 to count - 1 take part. */
  count: number;
  laneCount: number;
  /** Room to leave between boxes in one lane, px. */
  gap: number;
  lanes: Int16Array;
}

export function createLaneScratch(maxLanes: number, capacity: number): LaneScratch {
  return {
    ends: new Float64Array(maxLanes),
    upcoming: new Int32Array(maxLanes),
    next: new Int32Array(capacity),
    conflicts: new Int32Array(maxLanes),
  };
}

/**
 * Greedy lane packing: each box (left edge x, width w), taken in x order, goes into the
 * first lane whose last box ends at least `gap` before it; -1 when all `laneCount` lanes
 * are taken there. Boxes with the same x land in successive lanes, so same-day events stack.
 * A negative width marks a box the caller has already left out: it gets -1 too.
 * Returns how many boxes got no lane.
 */
export function packLanes(boxes: LaneBoxes, scratch: LaneScratch): number {
  const { xs, widths, count, laneCount, gap, lanes: outLanes } = boxes;
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

/**
 * Second pass after packLanes: boxes still without a lane (and with a width >= 0) go into any
 * gap between the boxes already placed, lowest lane first, in x order. Returns how many it placed.
 */
export function fillLanes(boxes: LaneBoxes, scratch: LaneScratch): number {
  const { xs, widths, count, laneCount, gap, lanes } = boxes;
  const n = Math.min(laneCount, scratch.ends.length);
  const { ends, upcoming, next } = scratch;
  upcoming.fill(-1, 0, n);
  // Link each lane's boxes in x order, walking back to front.
  for (let j = count - 1; j >= 0; j--) {
    const l = lanes[j];
    if (l < 0 || l >= n) continue;
    next[j] = upcoming[l];
    upcoming[l] = j;
  }
  ends.fill(-Infinity, 0, n);
  let placed = 0;
  for (let j = 0; j < count; j++) {
    const l = lanes[j];
    if (l >= 0) {
      if (l < n) {
        ends[l] = xs[j] + widths[j];
        upcoming[l] = next[j];
      }
      continue;
    }
    if (widths[j] < 0) continue;
    const end = xs[j] + widths[j];
    for (let k = 0; k < n; k++) {
      const u = upcoming[k];
      if (ends[k] + gap <= xs[j] && (u < 0 || end + gap <= xs[u])) {
        lanes[j] = k;
        ends[k] = end;
        placed++;
        break;
      }
    }
  }
  return placed;
}

/**
 * Makes sure box `target` has a lane: when it has none, it takes the lane where the fewest
 * boxes overlap it, and those boxes lose their lane (-1). Used for the selected event.
 */
export function claimLane(boxes: LaneBoxes, target: number, scratch: LaneScratch): void {
  const { xs, widths, count, laneCount, gap, lanes } = boxes;
  if (target < 0 || target >= count || lanes[target] >= 0 || widths[target] < 0) return;
  const n = Math.min(laneCount, scratch.conflicts.length);
  const { conflicts } = scratch;
  conflicts.fill(0, 0, n);
  const x0 = xs[target];
  const x1 = x0 + widths[target];
  const overlaps = (j: number) => xs[j] < x1 + gap && xs[j] + widths[j] + gap > x0;
  for (let j = 0; j < count; j++) if (lanes[j] >= 0 && lanes[j] < n && overlaps(j)) conflicts[lanes[j]]++;
  let best = 0;
  for (let l = 1; l < n; l++) if (conflicts[l] < conflicts[best]) best = l;
  for (let j = 0; j < count; j++) if (lanes[j] === best && overlaps(j)) lanes[j] = -1;
  lanes[target] = best;
}
