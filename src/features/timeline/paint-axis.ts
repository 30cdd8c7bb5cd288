import type { ScaleTime } from 'd3-scale';
import type { AxisTicks } from './axis-ticks.ts';
import { font, palette } from './palette.ts';

/** Gridlines through the plot, tick labels below it, the enclosing period under them. */
export function paintAxis(
  ctx: CanvasRenderingContext2D,
  scale: ScaleTime<number, number>,
  ticks: AxisTicks,
  top: number,
  axisTop: number,
  width: number,
): void {
  ctx.fillStyle = palette.grid;
  for (const t of ticks.minor) ctx.fillRect(Math.round(scale(t.ms)), top, 1, axisTop - top);
  ctx.fillStyle = palette.gridStrong;
  for (const t of ticks.major) {
    const x = scale(t.ms);
    if (x >= 0) ctx.fillRect(Math.round(x), top, 1, axisTop - top + 30);
  }
  ctx.fillStyle = palette.gridStrong;
  ctx.fillRect(0, axisTop, width, 1);

  ctx.textBaseline = 'alphabetic';
  ctx.font = font.axis;
  ctx.fillStyle = palette.muted;
  ctx.textAlign = 'left';
  let lastEnd = -Infinity;
  for (const t of ticks.minor) {
    const x = Math.round(scale(t.ms)) + 4;
    const w = ctx.measureText(t.label).width;
    if (x < lastEnd + 6 || x + w > width) continue;
    ctx.fillText(t.label, x, axisTop + 16);
    lastEnd = x + w;
  }

  ctx.font = font.axisMajor;
  ctx.fillStyle = palette.ink;
  for (let i = 0; i < ticks.major.length; i++) {
    const t = ticks.major[i];
    const w = ctx.measureText(t.label).width;
    // The period the view starts in sticks to the left edge until the next one pushes it.
    const next = i + 1 < ticks.major.length ? scale(ticks.major[i + 1].ms) : Infinity;
    const x = Math.min(Math.max(scale(t.ms) + 4, 4), next - w - 12);
    if (x + w < 0 || x > width) continue;
    ctx.fillText(t.label, x, axisTop + 34);
  }
}

export function paintRule(
  ctx: CanvasRenderingContext2D,
  x: number,
  top: number,
  bottom: number,
  colour: string,
  dashed: boolean,
): void {
  ctx.save();
  ctx.strokeStyle = colour;
  ctx.lineWidth = dashed ? 1 : 2;
  if (dashed) ctx.setLineDash([4, 4]);
  ctx.beginPath();
  ctx.moveTo(Math.round(x) + 0.5, top);
  ctx.lineTo(Math.round(x) + 0.5, bottom);
  ctx.stroke();
  ctx.restore();
}
