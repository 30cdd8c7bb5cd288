/** Laid-out marks as parallel columns: the mark's centre, its label's width to the right, the event. */
export interface MarkHits {
  x: Float64Array;
  y: Float64Array;
  width: Float64Array;
  index: Int32Array;
  length: number;
}

export function createMarkHits(capacity: number): MarkHits {
  return {
    x: new Float64Array(capacity),
    y: new Float64Array(capacity),
    width: new Float64Array(capacity),
    index: new Int32Array(capacity),
    length: 0,
  };
}

/** The event whose mark or label (`halfHeight` px above and below its centre) covers (x, y), or -1. */
export function hitLabel(hits: MarkHits, x: number, y: number, halfHeight: number): number {
  for (let i = 0; i < hits.length; i++) {
    if (Math.abs(y - hits.y[i]) <= halfHeight && x >= hits.x[i] - halfHeight && x <= hits.x[i] + hits.width[i]) {
      return hits.index[i];
    }
  }
  return -1;
}

/** The event index of the mark nearest (x, y) within `radius` px, or -1. */
export function hitMark(hits: MarkHits, x: number, y: number, radius: number): number {
  let best = -1;
  let bestDistance = radius * radius;
  for (let i = 0; i < hits.length; i++) {
    const dx = hits.x[i] - x;
    const dy = hits.y[i] - y;
    const d = dx * dx + dy * dy;
    if (d <= bestDistance) {
      bestDistance = d;
      best = hits.index[i];
    }
  }
  return best;
}

/** The "+N more" marker at (x, y), or -1; markers sit on the row at `rowY`, `width` px wide. */
export function hitMore(
  more: { moreX: ArrayLike<number>; moreLength: number },
  x: number,
  y: number,
  rowY: number,
  width: number,
): number {
  if (Math.abs(y - rowY) > 10) return -1;
  for (let m = 0; m < more.moreLength; m++) {
    const left = more.moreX[m] - 4;
    if (x >= left && x < left + width) return m;
  }
  return -1;
}
