import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { DayFile, IndexShard, Manifest } from '../../src/bundle/index.ts';
import { joinDay, type EventDetail } from '../../src/lib/data/day-detail.ts';

import { launchChromium } from '../support/chromium.ts';

const DESKTOP = { width: 1440, height: 900 };
const TIMELINE_READY = '[data-testid="timeline"][data-ready="true"]';

/**
 * Starts Chromium before the file's tests and closes it after them; call at the top of a file.
 * Contexts a test leaves open are closed after it.
 */
export function browserForThisFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(browser?.contexts().map((context) => context.close()) ?? []);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/** Runs `journey` on a page of a fresh browser context, which is closed whatever happens. */
export async function withPage(
  browser: Browser,
  baseURL: string,
  journey: (page: Page) => Promise<void>,
  viewport = DESKTOP,
): Promise<void> {
  const context = await browser.newContext({ baseURL, viewport });
  try {
    await journey(await context.newPage());
  } finally {
    await context.close();
  }
}

export async function newPage(browser: Browser, baseURL: string, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport });
  return context.newPage();
}

/** A fresh page at `path`; with `timeline`, once the timeline has painted. */
export async function openPage(
  browser: Browser,
  baseURL: string,
  path: string,
  { viewport, timeline = false }: { viewport?: typeof DESKTOP; timeline?: boolean } = {},
): Promise<Page> {
  const page = await newPage(browser, baseURL, viewport);
  await page.goto(path);
  if (timeline) await page.waitForSelector(TIMELINE_READY);
  return page;
}

/**
 * The compiled bundle as served, read from disk, so tests pick real events whatever the corpus;
 * events as the app's panels see them, in ordinal order.
 */
export function readBundle(distDir: string) {
  const read = <T>(path: string) => JSON.parse(readFileSync(join(distDir, 'data', path), 'utf8')) as T;
  const manifest = read<Manifest>('manifest.json');
  const events: EventDetail[] = [];
  for (const entry of manifest.shards) {
    const shard = read<IndexShard>(entry.file);
    for (const day of new Set(shard.days))
      events.push(...joinDay(read<DayFile>(shard.dayFiles[String(day)]), shard, manifest).events);
  }
  return { manifest, events };
}

/** What a journey reads of its page: the side panel, the URL, and whether the timeline painted. */
export function pageReader(page: () => Page) {
  return {
    panel: () => page().getByRole('complementary', { name: 'Event details' }),
    pathname: () => new URL(page().url()).pathname,
    params: () => new URL(page().url()).searchParams,
    timelineReady: () => page().waitForSelector(TIMELINE_READY),
  };
}
