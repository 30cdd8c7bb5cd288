import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { dayPath, eventPath } from '../../src/bundle/index.ts';
import { axeViolations } from './axe.ts';
import { contrast, paintedColours } from './canvas-colours.ts';
import { readBundle, browserForThisFile } from './browser.ts';
import { storyPaths } from '../../src/features/stories/story-paths.ts';

const baseURL = inject('baseURL');
const { manifest, events } = readBundle(inject('distDir'));
const target = events.find((event) => event.tags.length > 0 && event.related.some((related) => related.inCollection))!;
const tag = manifest.tags[Math.min(5, manifest.tags.length - 1)].name;
const year = new Date(target.day * 86_400_000).getUTCFullYear();
const DESKTOP = { width: 1440, height: 900 };
const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
// An event with related events a while before it: shown a week wide, they are counted at the edge.
const withEarlier = events.find((e) => e.related.some((r) => r.inCollection && r.day < e.day - 10))!;
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
    name: 'a story',
    path: `/story/${storyPaths(manifest).pathOf[0]}`,
    ready: (page) =>
      page
        .getByRole('region', { name: /^Events of / })
        .getByRole('link')
        .first()
        .waitFor(),
  },
  {
    name: 'story lanes',
    path: '/?lanes=stories',
    ready: (page) => page.getByRole('list', { name: 'Story lanes' }).getByRole('button').first().waitFor(),
  },
  {
    name: 'related events counted at the edge',
    path: `${eventPath(withEarlier.id)}?from=${iso(withEarlier.day - 3)}&to=${iso(withEarlier.day + 4)}`,
    ready: (page) => page.getByRole('button', { name: /related events? earlier/ }).waitFor(),
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
      for (const path of ['/', dayPath(target.day), '/?lanes=stories']) {
        const page = await open(path, scheme);
        await timelineReady(page);
        const painted = await paintedColours(page);
        // Story lanes alternate two grounds: the plot's, and the largest solid, every other band.
        const lanes = path.includes('lanes');
        const grounds = lanes ? [painted.background, painted.solids[0].colour] : [painted.background];
        const solids = lanes ? painted.solids.slice(1) : painted.solids;
        expect(solids.length).toBeGreaterThan(0);
        for (const { colour } of solids)
          for (const ground of grounds)
            expect(contrast(colour, ground), `${path}: ${colour} on ${ground}`).toBeGreaterThanOrEqual(3);
        await page.context().close();
      }
    });
  }
});
