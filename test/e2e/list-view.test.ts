import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { eventPath } from '../../src/bundle/index.ts';
import { newPage, readBundle, browserForThisFile } from './browser.ts';

const baseURL = inject('baseURL');
const { manifest, events } = readBundle(inject('distDir'));
const narrowTag = manifest.tags.find((tag) => tag.count > 1 && tag.count < manifest.eventCount / 4)!;
const daysWithEvents = new Set(events.map((event) => event.day)).size;

const browser = browserForThisFile();
let page: Page;

const list = () => page.getByRole('region', { name: /in view$/ });
const params = () => new URL(page.url()).searchParams;

describe('the list view', () => {
  it('is a toggle kept in the URL, Back returns to the timeline', async () => {
    page = await newPage(browser(), baseURL);
    await page.goto('/');
    await page.waitForSelector('[data-testid="timeline"][data-ready="true"]');
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect.poll(() => params().get('view')).toBe('list');
    await list().getByRole('heading', { level: 3 }).first().waitFor();
    expect(await page.getByTestId('timeline').count()).toBe(0);
    await page.goBack();
    await page.waitForSelector('[data-testid="timeline"][data-ready="true"]');
  });

  it('groups the events in view by day under real headings, rendering only the days on screen', async () => {
    page = await newPage(browser(), baseURL);
    await page.goto('/?view=list');
    await expect
      .poll(() => list().getByRole('heading', { level: 2 }).textContent())
      .toBe(`${manifest.eventCount} events in view`);
    await list().getByRole('listitem').first().waitFor();
    const headings = await list().getByRole('heading', { level: 3 }).count();
    expect(headings).toBeGreaterThan(3);
    expect(headings).toBeLessThan(daysWithEvents);
    const first = events[0];
    expect(await list().getByRole('heading', { level: 3 }).first().textContent()).toMatch(/^\w+day \d+ \w+ \d{4}/);
    await list().getByRole('link', { name: first.title, exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(eventPath(first.id));
    expect(params().get('view')).toBe('list');
    await expect
      .poll(() => list().getByRole('link', { name: first.title, exact: true }).getAttribute('aria-current'))
      .toBe('true');
  });

  it('lists only the matches under a tag filter, and loads more as it scrolls', async () => {
    page = await newPage(browser(), baseURL);
    await page.goto(`/?view=list&tag=${encodeURIComponent(narrowTag.name)}`);
    await expect
      .poll(() => list().getByRole('heading', { level: 2 }).textContent())
      .toBe(`${narrowTag.count} events in view`);
    const tagged = events.filter((event) => event.tags.includes(narrowTag.name));
    await list().getByRole('link', { name: tagged[0].title, exact: true }).waitFor();

    await page.goto('/?view=list');
    const last = events[events.length - 1];
    const scroller = page.locator('.list-view-scroll');
    await list().getByRole('listitem').first().waitFor();
    const lastLink = list().getByRole('link', { name: last.title, exact: true });
    // Rows are measured as they render, so the end moves while we get there: keep going.
    await expect
      .poll(async () => {
        await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
        return lastLink.count();
      })
      .toBe(1);
  });
});
