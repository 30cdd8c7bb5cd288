import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { FIRST_PAGE, MORE_PAGE } from '../../src/features/search/index.ts';
import { browserForThisFile, openPage } from './browser.ts';

const baseURL = inject('baseURL');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const browser = browserForThisFile();
let page: Page;

async function open(path: string): Promise<Page> {
  page = await openPage(browser(), baseURL, path, { timeline: true });
  return page;
}

const field = () => page.getByRole('searchbox', { name: /Search/ });
const results = () => page.getByRole('region', { name: 'Search results' });
const params = () => new URL(page.url()).searchParams;
const pathname = () => new URL(page.url()).pathname;

describe('searching the collection', () => {
  it('finds events as the user types, fades the rest on the timeline, and Back returns to the results', async () => {
    await open('/');
    const historyBefore = await page.evaluate(() => history.length);
    await page.keyboard.press('/');
    await expect.poll(() => field().evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('mosul', { delay: 40 });

    await expect.poll(() => results().getByRole('status').textContent()).toBe('3 results');
    await expect.poll(() => params().get('q')).toBe('mosul');
    const links = results().getByRole('link');
    expect(await links.count()).toBe(3);
    await expect.poll(() => links.first().locator('mark').first().textContent()).toBe('Mosul');
    // The timeline paints the search's matches, as it does a tag filter's.
    await expect.poll(() => page.getByTestId('timeline').getAttribute('data-painted-filter')).toBe('search:mosul');
    expect(await page.getByTestId('match-count').textContent()).toMatch(/^3 of/);
    // Typing replaced the history entry rather than adding one per letter.
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);

    const href = (await links.first().getAttribute('href'))!;
    await links.first().click();
    await expect.poll(pathname).toBe(href.split('?')[0]);
    await page
      .getByRole('complementary', { name: 'Event details' })
      .getByRole('heading', { name: 'Sources' })
      .waitFor();
    await page.goBack();
    await expect.poll(() => results().getByRole('status').textContent()).toBe('3 results');
    expect(await field().inputValue()).toBe('mosul');
  });

  it('opens a deep link to a query cold, sorts by date, and Esc clears the field', async () => {
    await open('/?q=lehman');
    await expect.poll(() => results().getByRole('status').textContent()).toMatch(/^\d+ results$/);
    expect(await field().inputValue()).toBe('lehman');
    await results().getByRole('radio', { name: 'Date' }).check();
    const dates = await results().locator('.search-date').allTextContents();
    const times = dates.map((date) => Date.parse(`${date} UTC`));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    // Evaluated over the protocol, not as a <script>: the page's CSP rightly blocks inline scripts.
    await page.evaluate(readFileSync(AXE, 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (el: Element) => Promise<{ violations: unknown[] }> } }).axe;
      return (await axe.run(document.querySelector('.app-header')!)).violations.concat(
        (await axe.run(document.querySelector('.search-results')!)).violations,
      );
    });
    expect(violations).toEqual([]);

    await field().focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => field().inputValue()).toBe('');
    await expect.poll(() => params().get('q')).toBeNull();
    await expect.poll(() => results().count()).toBe(0);
  });

  it('shows the first results, then more on request', async () => {
    await open('/?q=egypt');
    await expect.poll(() => results().getByRole('status').textContent()).toMatch(/^\d+ results$/);
    const total = Number((await results().getByRole('status').textContent())!.split(' ')[0]);
    expect(total, 'the sample needs a query with more results than two pages').toBeGreaterThan(FIRST_PAGE + MORE_PAGE);
    const links = results().getByRole('link');
    await expect.poll(() => links.count()).toBe(FIRST_PAGE);
    await results().getByRole('button', { name: 'Show more results' }).click();
    await expect.poll(() => links.count()).toBe(FIRST_PAGE + MORE_PAGE);
    const titles = await results().locator('.search-title').allTextContents();
    expect(titles.every((title) => title.length > 0)).toBe(true);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('finds an accented name typed without its accents', async () => {
    await open('/?q=wojtyla');
    await expect.poll(() => results().getByRole('status').textContent()).toBe('1 result');
    expect(await results().getByRole('link').textContent()).toContain('Pope John Paul II dies');
  });

  it('says so when nothing matches, and suggests what to remove', async () => {
    await open('/?q=mosul+zzyzx');
    await expect.poll(() => results().getByRole('status').textContent()).toBe('0 results');
    expect(await results().textContent()).toContain('Try fewer or shorter words');
  });
});

describe('jumping to a date', () => {
  it('offers "Go to" a typed day and Enter lands on its day page', async () => {
    await open('/');
    await field().fill('15 Sep 2008');
    await page.getByRole('button', { name: /Go to 15 September 2008/ }).waitFor();
    await field().press('Enter');
    await expect.poll(pathname).toBe('/news/2008/09/15');
    expect(await field().inputValue()).toBe('');
  });

  it('shows a typed month as the range of its days', async () => {
    await open('/');
    await field().fill('Sept 2008');
    await field().press('Enter');
    await expect.poll(() => [params().get('from'), params().get('to')]).toEqual(['2008-09-01', '2008-10-01']);
  });
});
