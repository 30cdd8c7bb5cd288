/** The static pages as a visitor, a crawler, a link preview and an embedding site meet them. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { dayPath, eventPath } from '../../src/bundle/index.ts';
import { HEIGHT_MESSAGE } from '../../src/lib/embed.ts';
import { browserForThisFile, readBundle } from './browser.ts';
import { SITE_URL } from './global-setup.ts';

const baseURL = inject('baseURL');
const { events } = readBundle(inject('distDir'));
const target = events.find(
  (event) =>
    event.sources.length > 0 && event.related.some((r) => r.inCollection) && event.related.some((r) => !r.inCollection),
)!;
const inside = target.related.find((related) => related.inCollection)!;
const outside = target.related.find((related) => !related.inCollection)!;

const browser = browserForThisFile();
beforeAll(() => {
  expect(target, 'the sample corpus needs an event with sources and related events in and outside it').toBeDefined();
});

/** A page that records layout shifts, page errors and Content Security Policy violations from its first byte. */
async function watchedPage(
  options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<Page & { problems: string[] }> {
  const context = await browser().newContext({ baseURL, viewport: { width: 1440, height: 900 }, ...options });
  const page = Object.assign(await context.newPage(), { problems: [] as string[] });
  page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) page.problems.push(`console: ${message.text()}`);
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __shift: number; __violations: string[] };
    w.__shift = 0;
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      w.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEntry[] & { value: number; hadRecentInput: boolean }[])
        if (!entry.hadRecentInput) w.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return page;
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
const panel = (page: Page) => page.getByRole('complementary', { name: 'Event details' });

describe('an event page with JavaScript off', () => {
  it('reads as a page: headline, date, sources, related events in and outside the collection', async () => {
    const page = await watchedPage({ javaScriptEnabled: false });
    const response = await page.goto(eventPath(target.id));
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe(target.headline || target.title);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(target.headline || target.title);
    const sources = page.getByRole('region', { name: 'Sources' }).getByRole('link');
    expect(await sources.first().getAttribute('href')).toBe(target.sources[0].url);
    const related = page.getByRole('region', { name: 'Related' });
    await related.getByRole('link', { name: inside.title, exact: true }).first().click();
    await page.waitForURL(`**${eventPath(inside.id)}`);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    await page.goBack();
    expect(await related.getByRole('link', { name: outside.title, exact: true }).count()).toBe(0);
    expect(await related.getByText('(not in this collection)').count()).toBeGreaterThan(0);
  });

  it('has the tags a link preview reads', async () => {
    const page = await watchedPage({ javaScriptEnabled: false });
    await page.goto(eventPath(target.id));
    const content = (selector: string) => page.locator(selector).getAttribute('content');
    expect(await content('meta[property="og:title"]')).toBe(target.headline || target.title);
    expect(await content('meta[property="og:url"]')).toBe(`${SITE_URL}${eventPath(target.id)}`);
    expect(await content('meta[property="article:published_time"]')).toBe(
      eventPath(target.id).slice(6, 16).replaceAll('/', '-'),
    );
    expect(await content('meta[name="twitter:card"]')).toBe('summary');
    expect((await content('meta[name="description"]'))?.length).toBeGreaterThan(0);
    const oembed = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
    const json = await (await fetch(oembed!.replace(SITE_URL, baseURL))).json();
    expect(json).toMatchObject({ type: 'rich', version: '1.0' });
    expect(json.html).toContain(`src="${SITE_URL}/embed${eventPath(target.id)}"`);
  });
});

describe('an event page with JavaScript on', () => {
  /**
   * Opens the event's page with the bundle's answers held until a frame of the page as it stands
   * before them (the app's skeleton) has been painted, so the switch to the event always comes
   * after a first paint, however fast this machine is; `onSkeleton` runs on that frame.
   */
  async function openAfterSkeleton(
    page: Page,
    onSkeleton: () => Promise<void> = async () => {},
    path = eventPath(target.id),
  ): Promise<void> {
    let skeletonPainted: Promise<unknown> | undefined;
    await page.route(/\/data\/(manifest\.json|index\/|days\/)/, async (route) => {
      skeletonPainted ??= page
        .waitForFunction(
          () =>
            document.querySelector('[aria-busy="true"]') &&
            new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))),
        )
        .then(onSkeleton);
      await skeletonPainted;
      await route.continue();
    });
    await page.goto(path);
    await expect.poll(() => panel(page).locator('[data-event-id]').getAttribute('data-event-id')).toBe(target.id);
    await page.getByTestId('timeline').and(page.locator('[data-ready="true"]')).waitFor();
  }

  it('becomes the app on that event without a layout shift, an error or a second request for its day', async () => {
    const page = await watchedPage();
    const dayFiles: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/data/days/')) dayFiles.push(request.url());
    });
    await openAfterSkeleton(page);
    await page.waitForTimeout(500);
    const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
    expect(shift).toBeLessThan(0.05);
    expect(page.problems).toEqual([]);
    // The app asks for its day file once.
    const own = dayFiles.filter((url) => dayFiles.indexOf(url) !== dayFiles.lastIndexOf(url));
    expect(own).toEqual([]);
    // The readable copy is gone: the app replaced it.
    expect(await page.locator('.static-page').count()).toBe(0);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });

  // The skeleton and the app are separate trees: one replacing the other is no layout shift to the
  // browser, however far the header, the timeline or the panel jump. So their boxes are compared.
  const keepsTheFrame = async (viewport: { width: number; height: number }, embed = false) => {
    const page = await watchedPage({ viewport });
    const parts = embed
      ? { 'open link': page.getByRole('link', { name: /Open in Dateline/ }) }
      : { header: page.getByRole('banner'), 'app name': page.getByRole('heading', { name: 'Dateline', level: 1 }) };
    Object.assign(parts, { timeline: page.getByRole('region', { name: 'Timeline' }), panel: panel(page) });
    const frame = () => Promise.all(Object.values(parts).map(async (part) => (await part.boundingBox())!));
    let first: Awaited<ReturnType<typeof frame>> = [];
    await openAfterSkeleton(
      page,
      async () => {
        first = await frame();
      },
      embed ? `/embed${eventPath(target.id)}` : undefined,
    );
    const names = Object.keys(parts);
    const moved = (await frame()).flatMap((box, at) =>
      (['x', 'y', 'width', 'height'] as const)
        .filter((side) => Math.abs(box[side] - first[at][side]) > 2)
        .map((side) => `${names[at]} ${side}: ${first[at][side]} to ${box[side]}`),
    );
    expect(moved).toEqual([]);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  };

  it('keeps the header, the timeline and the panel where its first frame put them', () =>
    keepsTheFrame({ width: 1440, height: 900 }));

  // A one-row skeleton header against the app's wrapped one moved the timeline 96 px on a phone.
  it('keeps the frame in a 700 px window too', () => keepsTheFrame({ width: 700, height: 900 }));
  it('keeps the frame on a phone too', () => keepsTheFrame({ width: 390, height: 844 }));
  it('keeps the frame in an embed, which has no header', () => keepsTheFrame({ width: 640, height: 560 }, true));
});

describe('addresses', () => {
  it('answers an unknown path with 404.html and status 404, and the page offers a way on', async () => {
    for (const path of ['/no/such/page', `${dayPath(target.day)}/no-such-event`]) {
      const head = await fetch(baseURL + path, { method: 'HEAD', headers: { accept: 'text/html' } });
      expect(head.status, path).toBe(404);
    }
    const page = await watchedPage({ javaScriptEnabled: false });
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await page.getByRole('link', { name: 'Go to the timeline overview' }).click();
    await page.waitForURL(`${baseURL}/`);
  });

  it('serves event and day pages at their paths without a redirect', async () => {
    for (const path of [eventPath(target.id), dayPath(target.day)]) {
      const response = await fetch(baseURL + path, { redirect: 'manual', headers: { accept: 'text/html' } });
      expect(response.status, path).toBe(200);
      expect(await response.text()).toContain(`<link rel="canonical" href="${SITE_URL}${path}" />`);
    }
  });

  it('lists every event once in the sitemap', async () => {
    const xml = await (await fetch(`${baseURL}/sitemap.xml`)).text();
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);
    const eventLocs = locs.filter((loc) => /\/news\/\d{4}\/\d\d\/\d\d\/./.test(loc));
    expect(eventLocs.sort()).toEqual(events.map((event) => `${SITE_URL}${eventPath(event.id)}`).sort());
  });
});

describe('embeds', () => {
  it('shows the timeline and the event without the header, links to the full view and tells the parent its height', async () => {
    const page = await watchedPage();
    const embed = `${baseURL}/embed${eventPath(target.id)}`;
    // The embedding page listens from its first line, as a real one would.
    const parent = `<script>window.heights = []; addEventListener('message', (event) => event.data?.type === '${HEIGHT_MESSAGE}' && heights.push(event.data.height));</script><iframe src="${embed}" title="Dateline" width="640" height="560"></iframe>`;
    // Served by the preview itself: Chromium blocks a public page framing a loopback address.
    writeFileSync(join(inject('distDir'), 'embed-parent.html'), parent);
    await page.goto('/embed-parent.html');
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('[data-event-id]').getAttribute('data-event-id')).toBe(target.id);
    await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1))).toBe(560);
    expect(await frame.getByRole('textbox', { name: 'Filter by tag' }).count()).toBe(0);
    const open = frame.getByRole('link', { name: /Open in Dateline/ });
    expect(await open.getAttribute('href')).toBe(eventPath(target.id));
  });
});

describe('the Content Security Policy', () => {
  it('reports no violation through the journeys: overview, zoom, deep link, tag filter, related event, Back, embed', async () => {
    const page = await watchedPage();
    await page.goto('/');
    await page.locator('[data-testid="timeline"][data-ready="true"]').waitFor();
    const box = (await page.getByTestId('timeline').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -400);
    await page.goto(eventPath(target.id));
    const chips = panel(page).getByRole('region', { name: 'Tags' }).getByRole('button');
    await chips.first().click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('tag').length).toBe(1);
    await panel(page)
      .getByRole('region', { name: 'Related' })
      .getByRole('link', { name: inside.title, exact: true })
      .first()
      .click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(eventPath(inside.id));
    await page.goBack();
    await page.goto(`/embed${dayPath(target.day)}`);
    await page.getByRole('link', { name: /Open in Dateline/ }).waitFor();
    expect(await violations(page)).toEqual([]);
    expect(page.problems).toEqual([]);
  });
});
