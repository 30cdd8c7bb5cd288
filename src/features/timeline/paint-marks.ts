import { laneY, type PlotGeometry } from './geometry.ts';
import type { MarkLayout } from './mark-layout.ts';
import { palette } from './palette.ts';

export interface MarkStyle {
  selected: number;
  cursor: number;
  hovered: number;
}

const RADIUS = 4;

/** A dot per laid-out event (the "+N more" markers are buttons: more-buttons.ts). */
export function paintMarks(ctx: CanvasRenderingContext2D, layout: MarkLayout, g: PlotGeometry, style: MarkStyle): void {
  ctx.fillStyle = palette.mark;
  ctx.beginPath();
  for (let j = 0; j < layout.length; j++) {
    const lane = layout.lane[j];
    if (lane < 0) continue;
    const x = layout.x[j];
    const y = laneY(g, lane);
    ctx.moveTo(x + RADIUS, y);
    ctx.arc(x, y, RADIUS, 0, Math.PI * 2);
  }
  ctx.fill();
  for (let j = 0; j < layout.length; j++) {
    const i = layout.start + j;
    if (layout.lane[j] < 0 || (i !== style.selected && i !== style.cursor && i !== style.hovered)) continue;
    const x = layout.x[j];
    const y = laneY(g, layout.lane[j]);
    if (i === style.selected) {
      // A filled accent dot with a halo, so the selection reads at a glance among the blue marks.
      ring(ctx, x, y, RADIUS + 4, palette.selectedHalo, 3);
      ctx.beginPath();
      ctx.arc(x, y, RADIUS + 1.5, 0, Math.PI * 2);
      ctx.fillStyle = palette.selected;
      ctx.fill();
    } else if (i === style.hovered) {
      ring(ctx, x, y, RADIUS + 2.5, palette.mark, 1.5);
    }
    if (i === style.cursor) ring(ctx, x, y, RADIUS + 6, palette.cursor, 2);
  }
}

function ring(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  radius: number,
  colour: string,
  lineWidth: number,
): void {
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, Math.PI * 2);
  ctx.strokeStyle = colour;
  ctx.lineWidth = lineWidth;
  ctx.stroke();
}

export const MORE_WIDTH = 72;
