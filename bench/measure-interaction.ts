/**
 * About three seconds of real input over the timeline canvas: wheel out to the whole corpus,
 * wheel in to a single day, out again a little, and drag pans. Frame intervals come from a
 * requestAnimationFrame loop in the page; long tasks from a PerformanceObserver.
 */
import type { Page } from 'playwright-core';
import { jsHeapUsed, type Session } from './browser-session.ts';
import { pauseFrameRecorder, startFrameRecorder, stopFrameRecorder } from './page-probes.ts';
import { frameFigures } from './stats.ts';

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
  /** Time spent giving input (waits for the app to settle excluded). */
  durationMs: number;
}

/** ln(factor) per wheel notch is deltaY * 0.002 in the app: 500 is a factor of e. */
const NOTCH = 500;
const WHEEL_GAP_MS = 30;
/** Each move is a round trip to the browser, which paces the drag at about a frame a step. */
const DRAG_STEPS = 12;

export async function measureInteraction(session: Session): Promise<InteractionFigures> {
  const { page, cdp } = session;
  const canvas = await page.waitForSelector('.timeline-canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the timeline canvas has no box');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.evaluate(startFrameRecorder);
  let started = Date.now();

  await wheel(page, NOTCH, 8); // out: the whole corpus
  await wheel(page, -NOTCH, 9); // in: e^9 ~ 8,000x, about one day of 31 years
  let durationMs = Date.now() - started;
  await page.evaluate(pauseFrameRecorder, true);
  const deepestSpanDays = await settledSpan(page);
  await page.evaluate(pauseFrameRecorder, false);
  started = Date.now();
  await wheel(page, NOTCH, 4); // about two months, where marks are drawn
  for (let i = 0; i < 3; i++) await drag(page, cx, cy, i % 2 ? 500 : -500);
  await wheel(page, NOTCH, 3); // a few years
  for (let i = 0; i < 2; i++) await drag(page, cx, cy, i % 2 ? 600 : -600);

  durationMs += Date.now() - started;
  const { segments, longTasks } = await page.evaluate(stopFrameRecorder);
  await page.waitForTimeout(300);
  return {
    ...frameFigures(segments),
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
  for (let s = 1; s <= DRAG_STEPS; s++) await page.mouse.move(x - dx / 2 + (dx * s) / DRAG_STEPS, y);
  await page.mouse.up();
}

/**
 * The span the view settled on: the app writes it to the URL when a gesture ends, so wait until
 * the URL has stopped changing (the app's wheel-idle delay, longer on a busy machine).
 */
async function settledSpan(page: Page): Promise<number> {
  let url = page.url();
  for (let stableFor = 0, waited = 0; stableFor < 400 && waited < 3000; waited += 100) {
    await page.waitForTimeout(100);
    stableFor = page.url() === url ? stableFor + 100 : 0;
    url = page.url();
  }
  return spanFromUrl(url);
}

/** Days between the URL's `from` and `to`, or NaN when the app does not put them there. */
function spanFromUrl(url: string): number {
  const params = new URL(url).searchParams;
  const from = Date.parse(params.get('from') ?? '');
  const to = Date.parse(params.get('to') ?? '');
  return (to - from) / 86_400_000;
}
