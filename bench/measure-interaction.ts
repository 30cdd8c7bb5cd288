/**
 * About three seconds of real input over the timeline canvas: wheel out to the whole corpus,
 * wheel in to a single day, out again a little, and drag pans. Frame intervals come from a
 * requestAnimationFrame loop in the page; long tasks from a PerformanceObserver.
 */
import type { Page } from 'playwright-core';
import { jsHeapUsed, type Session } from './browser-session.ts';
import { startFrameRecorder, stopFrameRecorder } from './page-probes.ts';
import { percentile } from './stats.ts';

export interface InteractionFigures {
  frames: number;
  frameP50Ms: number;
  frameP95Ms: number;
  frameMaxMs: number;
  longTasks: number;
  longTaskMaxMs: number;
  /** The view the gestures ended on, read from the URL, to show the zoom really reached a day. */
  deepestSpanDays: number;
  heapBytes: number;
  durationMs: number;
}

/** ln(factor) per wheel notch is deltaY * 0.002 in the app: 500 is a factor of e. */
const NOTCH = 500;
const WHEEL_GAP_MS = 40;
const DRAG_STEPS = 24;
const STEP_GAP_MS = 16;

export async function measureInteraction(session: Session): Promise<InteractionFigures> {
  const { page, cdp } = session;
  const canvas = await page.waitForSelector('.timeline-canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the timeline canvas has no box');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.evaluate(startFrameRecorder);
  const started = Date.now();

  await wheel(page, NOTCH, 8); // out: the whole corpus
  await wheel(page, -NOTCH, 9); // in: e^9 ~ 8,000x, about one day of 31 years
  await page.waitForTimeout(200); // the gesture settles and the URL records the range
  const deepestSpanDays = spanFromUrl(page.url());
  await wheel(page, NOTCH, 4); // a few weeks, where marks are drawn
  for (let i = 0; i < 3; i++) await drag(page, cx, cy, i % 2 ? 500 : -500);
  await wheel(page, NOTCH, 3); // about a year
  for (let i = 0; i < 2; i++) await drag(page, cx, cy, i % 2 ? 600 : -600);

  const durationMs = Date.now() - started;
  const { stamps, longTasks } = await page.evaluate(stopFrameRecorder);
  const intervals = stamps.slice(1).map((t, i) => t - stamps[i]);
  await page.waitForTimeout(300);
  return {
    frames: stamps.length,
    frameP50Ms: percentile(intervals, 50),
    frameP95Ms: percentile(intervals, 95),
    frameMaxMs: intervals.length ? Math.max(...intervals) : Number.NaN,
    longTasks: longTasks.length,
    longTaskMaxMs: longTasks.length ? Math.max(...longTasks) : 0,
    deepestSpanDays,
    heapBytes: await jsHeapUsed(cdp),
    durationMs,
  };
}

async function wheel(page: Page, deltaY: number, notches: number): Promise<void> {
  for (let i = 0; i < notches; i++) {
    await page.mouse.wheel(0, deltaY);
    await page.waitForTimeout(WHEEL_GAP_MS);
  }
}

async function drag(page: Page, x: number, y: number, dx: number): Promise<void> {
  await page.mouse.move(x - dx / 2, y);
  await page.mouse.down();
  for (let s = 1; s <= DRAG_STEPS; s++) {
    await page.mouse.move(x - dx / 2 + (dx * s) / DRAG_STEPS, y);
    await page.waitForTimeout(STEP_GAP_MS);
  }
  await page.mouse.up();
}

/** Days between the URL's `from` and `to`, or NaN when the app does not put them there. */
function spanFromUrl(url: string): number {
  const params = new URL(url).searchParams;
  const from = Date.parse(params.get('from') ?? '');
  const to = Date.parse(params.get('to') ?? '');
  return (to - from) / 86_400_000;
}
