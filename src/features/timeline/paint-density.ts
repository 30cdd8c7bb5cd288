import type { Bins } from './density-bins.ts';
import { font, palette } from './palette.ts';

/** Bar height for a count, to scale (the tallest is labelled), at least a pixel when not empty. */
export function barHeight(count: number, max: number, span: number): number {
  return max > 0 && count > 0 ? Math.max(1, (count / max) * span) : 0;
}

/** A faint rule at the tallest bar's height, labelled with its count: the bars' scale. */
export function paintScale(ctx: CanvasRenderingContext2D, label: string, top: number, width: number): void {
  ctx.fillStyle = palette.grid;
  ctx.fillRect(0, Math.round(top), width, 1);
  ctx.font = font.small;
  ctx.textBaseline = 'bottom';
  ctx.textAlign = 'right';
  ctx.fillStyle = palette.muted;
  ctx.fillText(label, width - 6, Math.round(top) - 2);
}

/**
 * Density bars standing on `bottom`. With a filter, every event is drawn faintly behind
 * and the matches on the same scale in front.
 */
export function paintDensity(
  ctx: CanvasRenderingContext2D,
  all: Bins,
  matches: Bins | null,
  max: number,
  top: number,
  bottom: number,
  hovered: number,
): void {
  const span = bottom - top;
  paintBars(ctx, all, max, bottom, span, matches ? palette.barFaint : palette.bar, hovered);
  if (matches) paintBars(ctx, matches, max, bottom, span, palette.barMatch, hovered);
}

function paintBars(
  ctx: CanvasRenderingContext2D,
  bins: Bins,
  max: number,
  bottom: number,
  span: number,
  colour: string,
  hovered: number,
): void {
  ctx.fillStyle = colour;
  for (let i = 0; i < bins.length; i++) {
    if (i === hovered) continue;
    fillBar(ctx, bins, i, barHeight(bins.count[i], max, span), bottom);
  }
  if (hovered >= 0 && hovered < bins.length) {
    ctx.fillStyle = palette.barHover;
    fillBar(ctx, bins, hovered, barHeight(bins.count[hovered], max, span), bottom);
  }
}

function fillBar(ctx: CanvasRenderingContext2D, bins: Bins, i: number, h: number, bottom: number): void {
  if (h <= 0) return;
  const w = bins.x1[i] - bins.x0[i];
  // A hairline gap keeps neighbouring wide bars apart; narrow ones would vanish.
  const gap = w >= 4 ? 1 : 0;
  ctx.fillRect(bins.x0[i], bottom - h, w - gap, h);
}
