/**
 * Debian's Chromium through playwright-core: one browser per corpus, a fresh context (empty
 * cache and storage) for every run, with the page probes and a byte counter attached.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
export { launchChromium as launchBrowser } from '../test/support/chromium.ts';
import { countBytes, type ByteCounter } from './network.ts';
import { installProbes } from './page-probes.ts';

export const VIEWPORT = { width: 1440, height: 900 };

export interface Session {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  bytes: ByteCounter;
  close(): Promise<void>;
}

export async function openSession(browser: Browser): Promise<Session> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // tsx compiles with esbuild's keepNames, which wraps functions in __name(); give the page one.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await context.addInitScript(installProbes);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const bytes = await countBytes(cdp);
  await cdp.send('Performance.enable');
  return { context, page, cdp, bytes, close: () => context.close() };
}

/** Used JS heap of the page, in bytes. */
export async function jsHeapUsed(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}
