import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { dayPath, eventPath } from '../../src/bundle/index.ts';
import { axeViolations } from './axe.ts';
import { contrast, paintedColours } from './canvas-colours.ts';
import { readBundle, browserForThisFile } from './browser.ts';

const baseURL = inject('baseURL');
const { manifest, events } = readBundle(inject('distDir'));
const target = events.find((event) => event.tags.length > 0 && event.related.some((related) => related.inCollection))!;
const tag = manifest.tags[Math.min(5, manifest.tags.length - 1)].name;
const year = new Date(target.day * 86_400_000).getUTCFullYear();
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

const browser = browserForThisFile();

type Scheme = 'light' | 'dark';

async function open(path: string, scheme: Scheme, viewport = DESKTOP): Promise<Page> {
  const context = await browser().newContext({ baseURL, viewport, colorScheme: scheme });
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

const timelineReady = (page: Page) => page.waitForSelector('[data-testid="timeline"][data-ready="true"]');

const VIEWS: Array<{ name: string; path: string; ready: (page: Page) => Promise<unknown>; viewport?: typeof PHONE }> = [
  { name: 'the overview', path: '/', ready: timelineReady },
  { name: 'a year', path: `/?from=${year}-01-01&to=${year + 1}-01-01`, ready: timelineReady },
  {
    name: 'a day',
    path: dayPath(target.day),
    ready: (page) => page.getByRole('complementary').locator('.day-list').waitFor(),
  },
  {
    name: 'an open event',
    path: eventPath(target.id),
    ready: (page) => page.locator(`[data-event-id="${target.id}"]`).waitFor(),
  },
  {
    name: 'a tag filter',
    path: `/?tag=${encodeURIComponent(tag)}`,
    ready: (page) => page.waitForSelector('[data-painted-filter]'),
  },
  {
    name: 'search results',
    path: '/?q=lehman',
    ready: (page) => page.getByRole('region', { name: 'Search results' }).getByRole('status').waitFor(),
  },
  { name: 'the list view', path: '/?view=list', ready: (page) => page.locator('.list-day li').first().waitFor() },
  {
    name: 'a not-found page',
    path: '/no/such/page',
    ready: (page) => page.getByRole('heading', { name: 'Page not found' }).waitFor(),
  },
  {
    name: 'the phone layout with an event open',
    path: eventPath(target.id),
    viewport: PHONE,
    ready: (page) => page.locator(`[data-event-id="${target.id}"]`).waitFor(),
  },
];

describe('axe finds nothing to fix', () => {
  it('(and would: a page without its h1 fails)', async () => {
    const page = await open('/', 'light');
    await timelineReady(page);
    await page.evaluate(() => document.querySelector('h1')!.replaceWith(document.createElement('div')));
    expect((await axeViolations(page)).map((v) => v.id)).toContain('page-has-heading-one');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it.each(VIEWS)(`on $name (${scheme})`, async ({ path, ready, viewport }) => {
      const page = await open(path, scheme, viewport);
      await ready(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

describe('the canvas in both themes', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`paints bars and marks at 3:1 or more against its background (${scheme})`, async () => {
      for (const path of ['/', dayPath(target.day)]) {
        const page = await open(path, scheme);
        await timelineReady(page);
        const { background, solids } = await paintedColours(page);
        expect(solids.length).toBeGreaterThan(0);
        for (const { colour } of solids)
          expect(contrast(colour, background), `${colour} on ${background}`).toBeGreaterThanOrEqual(3);
        await page.context().close();
      }
    });
  }
});
