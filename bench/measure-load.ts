/**
 * First view: navigation to the first frame that painted real events (the timeline's
 * `timeline-painted` mark), and the bytes transferred by then.
 */
import type { Session } from './browser-session.ts';

export interface LoadFigures {
  readyMs: number;
  bytesBeforePaint: number;
}

export const READY_SELECTOR = '[data-testid="timeline"][data-ready="true"]';

export async function measureLoad(session: Session, url: string, timeoutMs = 60_000): Promise<LoadFigures> {
  const { page, bytes } = session;
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector(READY_SELECTOR, { timeout: timeoutMs, state: 'attached' });
  const mark = await page.evaluate(() => {
    const entry = performance.getEntriesByName('timeline-painted')[0];
    return entry ? { at: entry.startTime, epoch: performance.timeOrigin + entry.startTime } : null;
  });
  if (!mark) throw new Error('data-ready is set but there is no timeline-painted mark');
  // Responses still arriving right now must not be counted as "before"; give the counter its events.
  await page.waitForTimeout(50);
  return { readyMs: mark.at, bytesBeforePaint: bytes.before(mark.epoch) };
}
