import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { dayPath, eventPath, isoFromDay } from '../../src/bundle/index.ts';
import { browserForThisFile, newPage, openPage, readBundle } from './browser.ts';

const baseURL = inject('baseURL');
const { manifest, events } = readBundle(inject('distDir'));

// An event with a tag narrower than the whole corpus and a related event elsewhere in the collection.
const tagCount = new Map(manifest.tags.map((tag) => [tag.name, tag.count]));
const isNarrow = (name: string) => (tagCount.get(name) ?? manifest.eventCount) < manifest.eventCount;
const target = events.find(
  (event) =>
    event.tags.some(isNarrow) && event.related.some((related) => related.inCollection && related.day !== event.day),
)!;
const narrowTag = target.tags.find(isNarrow)!;
const relatedTarget = target.related.find((related) => related.inCollection && related.day !== target.day)!;

const browser = browserForThisFile();
let page: Page;

beforeAll(() => {
  expect(target, 'the sample corpus needs an event with tags and an in-collection related event').toBeDefined();
});

async function open(path: string, viewport?: { width: number; height: number }): Promise<Page> {
  page = await openPage(browser(), baseURL, path, { viewport });
  return page;
}

const panel = () => page.getByRole('complementary', { name: 'Event details' });
const pathname = () => new URL(page.url()).pathname;
const params = () => new URL(page.url()).searchParams;
const timelineReady = () => page.waitForSelector('[data-testid="timeline"][data-ready="true"]');
const shownEventId = () => panel().locator('[data-event-id]').getAttribute('data-event-id');

describe('exploring the timeline', () => {
  it('paints the timeline with the collection on the overview', async () => {
    await open('/');
    await timelineReady();
    await expect.poll(() => page.getByTestId('match-count').textContent()).toMatch(/[\d,]+ events/);
  });

  it('zooms with the wheel, changing the axis and writing the range to the URL', async () => {
    await open('/');
    await timelineReady();
    const box = (await page.getByTestId('timeline').boundingBox())!;
    const axis = { x: box.x, y: box.y + box.height - 40, width: box.width, height: 40 };
    const before = await page.screenshot({ clip: axis });
    expect(params().get('from')).toBeNull();
    const historyBefore = await page.evaluate(() => history.length);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 8; i++) {
      await page.mouse.wheel(0, -400);
      await page.waitForTimeout(30);
    }
    await expect.poll(() => params().get('from'), { timeout: 10_000 }).not.toBeNull();
    const after = await page.screenshot({ clip: axis });
    expect(Buffer.compare(before, after)).not.toBe(0);
    const from = Date.parse(params().get('from')!);
    const to = Date.parse(params().get('to')!);
    expect(to - from).toBeLessThan((manifest.lastDay - manifest.firstDay) * 86_400_000);
    // Zooming replaces the history entry: Back is for selections and filters, not zoom frames.
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
  });

  it('opens an event by clicking its mark, and that URL shows the same event in view', async () => {
    await open(dayPath(target.day));
    await timelineReady();
    const mark = page.locator('.timeline-label:not([hidden])').first();
    await mark.waitFor();
    const id = (await mark.getAttribute('data-id'))!;
    await mark.click();
    await expect.poll(pathname).toBe(eventPath(id));
    await expect.poll(shownEventId).toBe(id);

    await open(page.url());
    await timelineReady();
    await expect.poll(shownEventId).toBe(id);
    await page.locator(`.timeline-label[data-id="${id}"]:not([hidden])`).waitFor();
  });

  it('filters by a context tag, shows it in the URL and the count, and Back undoes it', async () => {
    await open(eventPath(target.id));
    await timelineReady();
    const countBefore = await page.getByTestId('match-count').textContent();
    await panel().getByRole('region', { name: 'Tags' }).getByRole('button', { name: narrowTag, exact: true }).click();
    await expect.poll(() => params().getAll('tag')).toEqual([narrowTag]);
    expect(pathname()).toBe(eventPath(target.id));
    await page.waitForSelector(`[data-painted-filter="${quoteAttribute(`all:${narrowTag}`)}"]`);
    const countAfter = (await page.getByTestId('match-count').textContent())!;
    const matched = Number(countAfter.split(' of ')[0].replaceAll(',', ''));
    expect(matched).toBe(manifest.tags.find((tag) => tag.name === narrowTag)!.count);
    expect(matched).toBeLessThan(manifest.eventCount);
    await expect(page.getByRole('group', { name: 'Active tag filter' }).textContent()).resolves.toContain(narrowTag);

    await page.goBack();
    await expect.poll(() => params().getAll('tag')).toEqual([]);
    await expect.poll(() => page.getByTestId('match-count').textContent()).toBe(countBefore);
  });

  it('moves to a related event when its link is clicked', async () => {
    await open(eventPath(target.id));
    await panel()
      .getByRole('region', { name: 'Related' })
      .getByRole('link', { name: relatedTarget.title, exact: true })
      .first()
      .click();
    await expect.poll(pathname).toBe(eventPath(relatedTarget.id));
    await expect.poll(shownEventId).toBe(relatedTarget.id);
    const from = Date.parse(params().get('from')!);
    const to = Date.parse(params().get('to')!);
    expect(from).toBeLessThanOrEqual(relatedTarget.day * 86_400_000);
    expect(to).toBeGreaterThan(relatedTarget.day * 86_400_000);
  });

  it('redirects an unpadded day and a .md link to the canonical event path', async () => {
    const [year, month, day] = isoFromDay(target.day).split('-');
    await open(`/news/${year}/${month}/${Number(day)}/${target.slug}.md`);
    await expect.poll(pathname).toBe(eventPath(target.id));
    await expect.poll(shownEventId).toBe(target.id);
  });
});

describe('when things are missing or broken', () => {
  it('shows a not-found panel with a way on for an unknown event', async () => {
    await open(`${dayPath(target.day)}/no-such-event-in-this-collection`);
    await expect.poll(() => panel().getByRole('heading', { name: 'Event not found' }).count()).toBe(1);
    await panel()
      .getByRole('link', { name: /See the events of/ })
      .click();
    await expect.poll(pathname).toBe(dayPath(target.day));
  });

  it('ships a 404.html that starts the app, so static hosts serve deep links too', async () => {
    const [index, notFound] = await Promise.all(
      ['/index.html', '/404.html'].map(async (path) => (await fetch(baseURL + path)).text()),
    );
    const appScript = /<script type="module"[^>]*><\/script>/;
    expect(notFound.match(appScript)?.[0]).toBe(index.match(appScript)?.[0]);
    expect(notFound).toContain('<div id="root">');
  });

  it('shows a helpful not-found page for any other address', async () => {
    await open('/this/is/not/a/page');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await open('/news/2015/02/30');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  });

  it('ignores malformed parameters with a notice that can be dismissed', async () => {
    await open('/?from=2015-13-01&to=2016-01-01&match=some&tag=No%20such%20tag%20anywhere');
    const notice = page.getByRole('status').filter({ hasText: 'Some link parameters were ignored.' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('No such tag anywhere');
    await page.getByRole('button', { name: 'Dismiss notice' }).click();
    await notice.waitFor({ state: 'detached' });
    await timelineReady();
  });

  it('offers Retry when a shard answers HTTP 500, and Retry recovers', async () => {
    page = await newPage(browser(), baseURL);
    await page.route('**/data/index/**', (route) => route.fulfill({ status: 500, body: 'boom' }));
    await page.goto(eventPath(target.id));
    const retry = panel().getByRole('button', { name: 'Retry' });
    await retry.waitFor({ timeout: 15_000 });
    await page.unroute('**/data/index/**');
    await retry.click();
    await expect.poll(shownEventId).toBe(target.id);
    // The timeline's own notice covers the neighbouring shards it also failed to load.
    const timelineRetry = page.getByRole('alert').getByRole('button', { name: 'Retry' });
    if (await timelineRetry.count()) await timelineRetry.click();
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await timelineReady();
  });
});

/** Attribute selectors need quotes and backslashes escaped. */
function quoteAttribute(value: string): string {
  return value.replaceAll('\\', '\\\\').replaceAll('"', '\\"');
}
