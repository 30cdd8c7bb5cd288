import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { DayDetail, EventDetail, Manifest } from '../../src/bundle/index.ts';

export { launchChromium as launchBrowser } from '../support/chromium.ts';

export async function newPage(browser: Browser, baseURL: string, viewport = { width: 1440, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport });
  return context.newPage();
}

/** The compiled bundle as served, read from disk, so tests pick real events whatever the corpus. */
export function readBundle(distDir: string) {
  const root = join(distDir, 'data');
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest;
  const events: EventDetail[] = [];
  for (const year of readdirSync(join(root, 'days'))) {
    for (const file of readdirSync(join(root, 'days', year)).sort()) {
      const detail = JSON.parse(readFileSync(join(root, 'days', year, file), 'utf8')) as DayDetail;
      events.push(...detail.events);
    }
  }
  return { manifest, events };
}
