import type { Density } from '../../lib/density.ts';
import { formatDay } from '../../lib/dates.ts';
import { MS_PER_DAY, type TimeRange } from '../../lib/time-range.ts';
import { binDensity, createBins, maxCount } from './density-bins.ts';
import { centredAt, dragBrush, gripAt, type BrushGrip } from './overview-math.ts';
import { paintDensity } from './paint-density.ts';
import { palette } from './palette.ts';

export interface OverviewElements {
  strip: HTMLElement;
  canvas: HTMLCanvasElement;
  brush: HTMLElement;
  start: HTMLInputElement;
  end: HTMLInputElement;
}

export interface OverviewHandlers {
  /** Show this range; `live` while the brush is dragged. */
  show(range: TimeRange, live: boolean): void;
  settle(): void;
}

export interface OverviewData {
  firstDay: number;
  lastDay: number;
  allDensity: Density;
  matchDensity: Density | null;
}

/**
 * The strip under the timeline: the whole corpus's density (the matches in front under a
 * filter), painted only when the data or size changes, and a brush over the visible range,
 * moved once per frame. Dragging the brush pans, its edges zoom, a press elsewhere jumps there;
 * two range inputs do the same by keyboard.
 */
export function createOverview(el: OverviewElements, on: OverviewHandlers) {
  let width = 0;
  let height = 0;
  let data: OverviewData | null = null;
  let shown: TimeRange = { start: 0, end: 1 };
  let drag: { grip: BrushGrip; x: number; from: TimeRange; id: number } | null = null;
  const ctx = el.canvas.getContext('2d', { alpha: false });

  const limits = (): TimeRange =>
    data ? { start: data.firstDay * MS_PER_DAY, end: (data.lastDay + 1) * MS_PER_DAY } : { start: 0, end: 1 };
  const msPerPx = () => (limits().end - limits().start) / Math.max(width, 1);
  const xOf = (ms: number) => (ms - limits().start) / msPerPx();

  function paint(): void {
    if (!ctx || !data || width <= 0) return;
    const ratio = window.devicePixelRatio || 1;
    el.canvas.width = Math.round(width * ratio);
    el.canvas.height = Math.round(height * ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.fillStyle = palette.overviewBackground;
    ctx.fillRect(0, 0, width, height);
    const pxPerDay = width / (data.lastDay + 1 - data.firstDay);
    const all = binDensity(data.allDensity, data.firstDay, pxPerDay, width, 2, createBins(Math.ceil(width / 2) + 2));
    const matches = data.matchDensity
      ? binDensity(data.matchDensity, data.firstDay, pxPerDay, width, 2, createBins(all.count.length))
      : null;
    paintDensity(ctx, all, matches, maxCount(all), 4, height - 2, -1);
  }

  function setInputs(range: TimeRange): void {
    const { start, end } = limits();
    for (const input of [el.start, el.end]) {
      input.min = String(start / MS_PER_DAY);
      input.max = String(end / MS_PER_DAY);
    }
    const startDay = Math.floor(range.start / MS_PER_DAY);
    const endDay = Math.ceil(range.end / MS_PER_DAY);
    el.start.value = String(startDay);
    el.end.value = String(endDay);
    el.start.setAttribute('aria-valuetext', formatDay(startDay));
    el.end.setAttribute('aria-valuetext', formatDay(endDay - 1));
  }

  const localX = (e: PointerEvent) => e.clientX - el.strip.getBoundingClientRect().left;

  const onDown = (e: PointerEvent) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    e.preventDefault();
    const x = localX(e);
    let grip = gripAt(x, xOf(shown.start), xOf(shown.end), e.pointerType === 'mouse' ? 8 : 16);
    let from = shown;
    if (grip === 'jump') {
      from = centredAt(limits().start + x * msPerPx(), shown.end - shown.start, limits());
      on.show(from, true);
      grip = 'move';
    }
    drag = { grip, x, from, id: e.pointerId };
    el.strip.setPointerCapture?.(e.pointerId);
  };
  const onMove = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    on.show(dragBrush(drag.grip, drag.from, (localX(e) - drag.x) * msPerPx(), limits()), true);
  };
  const onUp = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    drag = null;
    setInputs(shown);
    on.settle();
  };
  const onInput = (e: Event) => {
    const day = Number((e.target as HTMLInputElement).value) * MS_PER_DAY;
    const next =
      e.target === el.start
        ? { start: Math.min(day, shown.end - MS_PER_DAY), end: shown.end }
        : { start: shown.start, end: Math.max(day, shown.start + MS_PER_DAY) };
    on.show(next, false);
    on.settle();
  };

  const listeners: Array<[HTMLElement, string, EventListener]> = [
    [el.strip, 'pointerdown', onDown as EventListener],
    [el.strip, 'pointermove', onMove as EventListener],
    [el.strip, 'pointerup', onUp as EventListener],
    [el.strip, 'pointercancel', onUp as EventListener],
    [el.start, 'input', onInput],
    [el.end, 'input', onInput],
  ];
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener);

  return {
    resize(w: number, h: number) {
      width = w;
      height = h;
      paint();
    },
    setData(next: OverviewData) {
      const same =
        data?.firstDay === next.firstDay &&
        data.lastDay === next.lastDay &&
        data.allDensity === next.allDensity &&
        data.matchDensity === next.matchDensity;
      if (same) return;
      data = next;
      paint();
    },
    /** Called once per frame with the visible range. */
    showRange(range: TimeRange) {
      if (range.start === shown.start && range.end === shown.end) return;
      shown = range;
      const x0 = Math.max(0, xOf(range.start));
      const x1 = Math.min(width, xOf(range.end));
      el.brush.style.transform = `translateX(${x0}px)`;
      el.brush.style.width = `${Math.max(2, x1 - x0)}px`;
      if (!drag) setInputs(range);
    },
    destroy() {
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
    },
  };
}

export type Overview = ReturnType<typeof createOverview>;
