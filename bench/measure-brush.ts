/**
 * Drags the overview strip's brush as a user would: the whole brush back and forth across the
 * corpus, then its right edge in to about a month and the brush across again, so frames are
 * timed over density views and zoomed-in ones alike. Frame intervals come from the page's
 * requestAnimationFrame loop, as for the other gestures.
 */
import type { Page } from 'playwright-core';
import { startFrameRecorder, stopFrameRecorder } from './page-probes.ts';
import { frameFigures, type FrameFigures } from './stats.ts';

export interface BrushFigures extends FrameFigures {
  longTasks: number;
}

/** Each move is a round trip to the browser, which paces the drag at about a frame a step. */
const STEPS = 30;

export async function measureBrush(page: Page): Promise<BrushFigures> {
  const strip = await page.waitForSelector('.timeline-overview');
  const box = await strip.boundingBox();
  if (!box) throw new Error('the overview strip has no box');
  const y = box.y + box.height / 2;
  const brush = async () =>
    (await page.$eval('.timeline-overview-brush', (el) => el.getBoundingClientRect().toJSON())) as DOMRect;
  await page.evaluate(startFrameRecorder);

  let b = await brush();
  await drag(page, b.x + b.width / 2, y, box.x + box.width * 0.2);
  b = await brush();
  await drag(page, b.x + b.width / 2, y, box.x + box.width * 0.8);
  // The right edge in to about a month of the corpus, then the narrow brush across.
  b = await brush();
  const month = box.width / (12 * 31);
  await drag(page, b.x + b.width - 1, y, b.x + Math.max(month, 4));
  b = await brush();
  await drag(page, b.x + b.width / 2, y, box.x + box.width * 0.3);

  const { segments, longTasks } = await page.evaluate(stopFrameRecorder);
  return { ...frameFigures(segments), longTasks: longTasks.length };
}

async function drag(page: Page, fromX: number, y: number, toX: number): Promise<void> {
  await page.mouse.move(fromX, y);
  await page.mouse.down();
  for (let s = 1; s <= STEPS; s++) await page.mouse.move(fromX + ((toX - fromX) * s) / STEPS, y);
  await page.mouse.up();
  // The app writes the settled range to the URL; give it that frame before the next drag.
  await page.waitForTimeout(100);
}
