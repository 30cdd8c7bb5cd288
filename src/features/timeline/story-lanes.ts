/** Story lanes: the plot split into one horizontal band per story, plus one for the rest. Pure. */
import type { DayNumber } from '../../bundle/index.ts';
import type { Density } from '../../lib/density.ts';

export interface StoryLane {
  /** Stable across frames (the story id, or 'rest'). */
  key: string;
  label: string;
  /** Its events per day; for the rest lane, the events in no story lane. */
  density: Density;
  /** The story it shows, for its label's link; null for the rest. */
  story: number | null;
}

export interface LaneBand {
  top: number;
  bottom: number;
}

/** Room above each lane's bars for its label. */
export const LANE_LABEL_ROOM = 16;

/** `count` equal bands between top and bottom, a pixel apart. */
export function laneBands(count: number, top: number, bottom: number): LaneBand[] {
  const height = (bottom - top) / Math.max(count, 1);
  return Array.from({ length: count }, (_, i) => ({
    top: Math.round(top + i * height),
    bottom: Math.round(top + (i + 1) * height) - 1,
  }));
}

export interface RelatedInView {
  /** Days of the related events inside the view. */
  inView: DayNumber[];
  before: number;
  after: number;
  /** The nearest related day beyond each edge, to move to. */
  nearestBefore: DayNumber | null;
  nearestAfter: DayNumber | null;
}

/** Which related days fall in [startDay, endDay), and how many lie beyond each edge. */
export function relatedInView(days: readonly DayNumber[], startDay: number, endDay: number): RelatedInView {
  const out: RelatedInView = { inView: [], before: 0, after: 0, nearestBefore: null, nearestAfter: null };
  for (const day of days) {
    if (day + 1 <= startDay) {
      out.before++;
      if (out.nearestBefore === null || day > out.nearestBefore) out.nearestBefore = day;
    } else if (day >= endDay) {
      out.after++;
      if (out.nearestAfter === null || day < out.nearestAfter) out.nearestAfter = day;
    } else out.inView.push(day);
  }
  return out;
}
