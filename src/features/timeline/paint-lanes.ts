import { binDensity, maxCount, type Bins } from './density-bins.ts';
import { barHeight } from './paint-density.ts';
import { palette } from './palette.ts';
import { LANE_LABEL_ROOM, type LaneBand, type StoryLane } from './story-lanes.ts';

/**
 * Each lane's density in its own band, on its own scale (a small story stays readable under a
 * big one). O(lanes x bars) per frame: the same cost as the plain density, a few times over.
 */
export function paintLanes(
  ctx: CanvasRenderingContext2D,
  lanes: readonly StoryLane[],
  bands: readonly LaneBand[],
  bins: Bins[],
  view: { startDay: number; pxPerDay: number; width: number; binPx: number },
): number {
  let painted = 0;
  lanes.forEach((lane, i) => {
    const band = bands[i];
    const laneBins = binDensity(lane.density, view.startDay, view.pxPerDay, view.width, view.binPx, bins[i]);
    const max = maxCount(laneBins);
    const span = band.bottom - band.top - LANE_LABEL_ROOM;
    ctx.fillStyle = i % 2 === 0 ? palette.laneEven : palette.background;
    ctx.fillRect(0, band.top, view.width, band.bottom - band.top);
    ctx.fillStyle = lane.story === null ? palette.bar : palette.barMatch;
    for (let b = 0; b < laneBins.length; b++) {
      const h = barHeight(laneBins.count[b], max, span);
      if (h <= 0) continue;
      painted += laneBins.count[b];
      const w = laneBins.x1[b] - laneBins.x0[b];
      ctx.fillRect(laneBins.x0[b], band.bottom - h, w >= 4 ? w - 1 : w, h);
    }
  });
  return painted;
}
