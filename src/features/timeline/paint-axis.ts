import type { ScaleTime } from 'd3-scale';
import { fitAxisRow } from './axis-labels.ts';
import type { AxisRow, AxisTicks } from './axis-ticks.ts';
import { font, palette } from './palette.ts';
import type { TextWidths } from './text-width.ts';

/** Gridlines through the plot, tick labels below it, the enclosing period under them. */
export function paintAxis(
  ctx: CanvasRenderingContext2D,
  scale: ScaleTime<number, number>,
  ticks: AxisTicks,
  widths: TextWidths,
  top: number,
  axisTop: number,
  width: number,
): void {
  const minorXs = ticks.minor.ms.map((ms) => Math.round(scale(ms)));
  const majorXs = ticks.major.ms.map((ms) => Math.round(scale(ms)));
  ctx.fillStyle = palette.grid;
  for (const x of minorXs) ctx.fillRect(x, top, 1, axisTop - top);
  ctx.fillStyle = palette.gridStrong;
  for (const x of majorXs) if (x >= 0) ctx.fillRect(x, top, 1, axisTop - top + 30);
  ctx.fillRect(0, axisTop, width, 1);

  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  const paintRow = (row: AxisRow, xs: number[], rowFont: string, colour: string, y: number, periodPx = 0) => {
    ctx.font = rowFont;
    ctx.fillStyle = colour;
    const measure = (text: string) => widths.width(rowFont, text);
    for (const label of fitAxisRow(xs, row.ms, row.formats, measure, width, periodPx))
      ctx.fillText(label.text, label.x, y);
  };
  paintRow(ticks.minor, minorXs, font.axis, palette.muted, axisTop + 16, ticks.minor.days ? dayPx(scale) : 0);
  paintRow(ticks.major, majorXs, font.axisMajor, palette.ink, axisTop + 34);
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

function dayPx(scale: ScaleTime<number, number>): number {
  const [d0] = scale.domain();
  return scale(+d0 + 86_400_000) - scale(d0);
}
