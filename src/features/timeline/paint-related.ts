import { palette } from './palette.ts';

/**
 * The open event's related events in view: a ring on the axis at each one's day, and a thin arc
 * to it from the open event when that is in view too.
 */
export function paintRelated(
  ctx: CanvasRenderingContext2D,
  xs: readonly number[],
  fromX: number | null,
  baseline: number,
): void {
  if (xs.length === 0) return;
  ctx.strokeStyle = palette.related;
  ctx.lineWidth = 1.5;
  for (const x of xs) {
    if (fromX !== null && Math.abs(x - fromX) > 2) {
      ctx.beginPath();
      ctx.moveTo(fromX, baseline);
      ctx.quadraticCurveTo((fromX + x) / 2, baseline - Math.min(120, Math.abs(x - fromX) / 2), x, baseline);
      ctx.stroke();
    }
    ctx.beginPath();
    ctx.arc(x, baseline, 4, 0, Math.PI * 2);
    ctx.stroke();
  }
}
