import { laneY, type PlotGeometry } from './geometry.ts';
import type { MarkLayout } from './mark-layout.ts';
import { font, palette } from './palette.ts';

export interface MarkStyle {
  selected: number;
  cursor: number;
}

const RADIUS = 4;

/** A dot per laid-out event, and the "+N more" markers for the events that did not fit. */
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
    if (layout.lane[j] < 0 || (i !== style.selected && i !== style.cursor)) continue;
    const y = laneY(g, layout.lane[j]);
    ctx.beginPath();
    ctx.arc(layout.x[j], y, i === style.selected ? RADIUS + 1.5 : RADIUS + 3, 0, Math.PI * 2);
    if (i === style.selected) {
      ctx.fillStyle = palette.selected;
      ctx.fill();
    } else {
      ctx.strokeStyle = palette.cursor;
      ctx.lineWidth = 2;
      ctx.stroke();
    }
  }
  paintMore(ctx, layout, g);
}

export const MORE_WIDTH = 72;

function paintMore(ctx: CanvasRenderingContext2D, layout: MarkLayout, g: PlotGeometry): void {
  ctx.font = font.small;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  for (let m = 0; m < layout.moreLength; m++) {
    const x = layout.moreX[m] - 4;
    const label = `+${layout.moreCount[m]} more`;
    const w = ctx.measureText(label).width + 10;
    ctx.fillStyle = palette.moreBackground;
    ctx.fillRect(x, g.moreY - 9, w, 18);
    ctx.fillStyle = palette.muted;
    ctx.fillText(label, x + 5, g.moreY);
  }
}
