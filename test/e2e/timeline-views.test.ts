import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { dayFromIso, dayPath, eventPath, isoFromDay } from '../../src/bundle/index.ts';
import { storyPaths } from '../../src/features/stories/story-paths.ts';
import { browserForThisFile, openPage, readBundle } from './browser.ts';

const baseURL = inject('baseURL');
const { manifest, events } = readBundle(inject('distDir'));
const DAY = 86_400_000;
const PHONE = { width: 390, height: 844 };

// The busiest day of the corpus, and its events in the day page's order.
const perDay = new Map<number, typeof events>();
for (const event of events) perDay.set(event.day, [...(perDay.get(event.day) ?? []), event]);
const [busyDay, busyEvents] = [...perDay].sort((a, b) => b[1].length - a[1].length)[0];

const browser = browserForThisFile();
let page: Page;

beforeAll(() => {
  expect(busyEvents.length, 'the corpus needs a day with several events').toBeGreaterThanOrEqual(6);
});

async function open(path: string, viewport?: { width: number; height: number }): Promise<void> {
  page = await openPage(browser(), baseURL, path, { viewport, timeline: true });
}

const params = () => new URL(page.url()).searchParams;
const urlRange = () => ({ from: Date.parse(params().get('from')!), to: Date.parse(params().get('to')!) });
const plotBox = async () => (await page.locator('.timeline-plot').boundingBox())!;

describe('the timeline zoomed into a day', () => {
  it('shows every event of the day as a readable label inside the plot, and stops zooming at the limit', async () => {
    await open(`/?from=${isoFromDay(busyDay)}&to=${isoFromDay(busyDay + 1)}`);
    const plot = await plotBox();
    for (const event of busyEvents) {
      const label = page.getByRole('button', { name: event.title, exact: true });
      const box = (await label.boundingBox())!;
      expect(box.x, event.title).toBeGreaterThanOrEqual(plot.x);
      expect(box.x + 40, event.title).toBeLessThanOrEqual(plot.x + plot.width);
    }
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    for (let i = 0; i < 12 && (await zoomIn.isEnabled()); i++) await zoomIn.click();
    expect(await zoomIn.isDisabled()).toBe(true);
    // At the limit the day's events are still there to read, not slid off an edge.
    await expect.poll(() => page.locator('.timeline-label:not([hidden])').count()).toBeGreaterThan(0);
  });

  it('puts each mark inside the day it belongs to', async () => {
    const from = (busyDay - 3) * DAY;
    await open(`/?from=${isoFromDay(busyDay - 3)}&to=${isoFromDay(busyDay + 4)}`);
    const plot = await plotBox();
    const pxPerDay = plot.width / 7;
    for (const event of busyEvents) {
      const label = page.locator(`.timeline-label[data-id="${event.id}"]:not([hidden])`);
      if ((await label.count()) === 0) continue;
      // The mark sits 8 px left of its label.
      const markX = (await label.boundingBox())!.x - 8 - plot.x;
      const dayX = ((event.day * DAY - from) / DAY) * pxPerDay;
      expect(markX).toBeGreaterThanOrEqual(dayX - 1);
      expect(markX).toBeLessThan(dayX + pxPerDay);
    }
  });
});

describe('"+N more" on a phone', () => {
  it('is a button that says how many and lists that day in the panel', async () => {
    await open(`/?from=${isoFromDay(busyDay - 3)}&to=${isoFromDay(busyDay + 4)}`, PHONE);
    const more = page.getByRole('button', { name: /^\d+ more events from / }).first();
    const name = (await more.getAttribute('aria-label'))!;
    expect(name).toMatch(/^\d+ more events from /);
    await more.click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/news\/\d{4}\/\d{2}\/\d{2}$/);
    const day = new URL(page.url()).pathname;
    const panel = page.getByRole('complementary', { name: 'Event details' });
    await panel.getByRole('heading', { level: 2 }).waitFor();
    expect(await panel.getByRole('link').count()).toBeGreaterThan(0);
    expect(day).toBe(dayPath(Number(await more.getAttribute('data-day'))));
  });
});

describe('the overview strip', () => {
  it('pans the view when the brush is dragged, and the URL range follows; Start moves by keyboard', async () => {
    await open(`/?from=${isoFromDay(busyDay - 365)}&to=${isoFromDay(busyDay + 365)}`);
    const before = urlRange();
    const brush = (await page.locator('.timeline-overview-brush').boundingBox())!;
    const y = brush.y + brush.height / 2;
    await page.mouse.move(brush.x + brush.width / 2, y);
    await page.mouse.down();
    for (let s = 1; s <= 10; s++) await page.mouse.move(brush.x + brush.width / 2 - s * 10, y);
    await page.mouse.up();
    await expect.poll(() => urlRange().from).toBeLessThan(before.from);
    const moved = urlRange();
    // A pan: the span stays (up to the URL's rounding to days).
    expect(Math.abs(moved.to - moved.from - (before.to - before.from))).toBeLessThanOrEqual(2 * DAY);

    const start = page.getByRole('slider', { name: 'Start' });
    await start.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => urlRange().from).toBe(moved.from + DAY);
    expect(urlRange().to).toBe(moved.to);
  });

  it('jumps to where it is pressed outside the brush', async () => {
    await open(`/?from=${isoFromDay(busyDay)}&to=${isoFromDay(busyDay + 7)}`);
    const strip = (await page.locator('.timeline-overview').boundingBox())!;
    const brush = (await page.locator('.timeline-overview-brush').boundingBox())!;
    const x = brush.x > strip.x + strip.width / 2 ? strip.x + 20 : strip.x + strip.width - 20;
    await page.mouse.click(x, strip.y + strip.height / 2);
    await expect.poll(() => Math.abs(urlRange().from - busyDay * DAY)).toBeGreaterThan(365 * DAY);
  });
});

describe('the panel on a desktop', () => {
  it('has a visible Close button, and a new event starts at its top after scrolling', async () => {
    const [first, second] = busyEvents;
    await open(eventPath(first.id));
    const panel = page.getByRole('complementary', { name: 'Event details' });
    const close = panel.getByRole('button', { name: 'Close details' });
    expect(await close.isVisible()).toBe(true);
    const scroller = page.locator('.side-panel-scroll');
    await scroller.evaluate((el) => {
      el.style.maxHeight = '200px';
      el.scrollTop = el.scrollHeight;
    });
    expect(await scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await panel.getByRole('link', { name: 'Next →', exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(eventPath(second.id));
    await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBe(0);
    expect(await page.title()).toContain(' – Dateline');
    await close.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
  });
});

describe('a link with bad parameters', () => {
  it('names every bad one, cleans the URL, and draws no selection for an unknown event', async () => {
    const path = eventPath(`${isoFromDay(busyDay)}/no-such-event`);
    await open(`${path}?from=2015-13-45&to=banana&match=some&tag=`);
    const notice = page.getByRole('status').filter({ hasText: 'Some link parameters were ignored.' });
    await notice.waitFor();
    const text = (await notice.textContent())!;
    for (const bad of ['"from"', '"to"', 'match mode', 'empty "tag"']) expect(text).toContain(bad);
    await expect.poll(() => new URL(page.url()).search).toBe('');
    // The selection colour (#c2410c) appears nowhere on the canvas.
    const selected = await page.locator('.timeline-canvas').evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 0; i < data.length; i += 4)
        if (data[i] === 194 && data[i + 1] === 65 && data[i + 2] === 12) return true;
      return false;
    });
    expect(selected).toBe(false);
  });
});

describe('the tag type-ahead', () => {
  it('finds a tag from its words in any order and with other dashes', async () => {
    const target = manifest.tags.find((tag) => tag.name.split(/[\s-]+/).length >= 3 && /-/.test(tag.name))!;
    expect(target, 'the corpus needs a tag of three words or more with a dash').toBeDefined();
    await open('/');
    const picker = page.getByRole('combobox', { name: 'Filter by tag' });
    const words = target.name.split(' ');
    const queries = [[...words].reverse().join(' '), target.name.replaceAll('-', '–')];
    for (const query of queries) {
      await picker.fill(query);
      await expect.poll(() => page.getByRole('option').first().textContent(), { timeout: 5000 }).toContain(target.name);
    }
  });
});

describe('a 700 px window', () => {
  it('gives the timeline most of the width and keeps the legend clear of the zoom buttons', async () => {
    await open(`/?from=${isoFromDay(busyDay - 3)}&to=${isoFromDay(busyDay + 4)}`, { width: 700, height: 800 });
    const timeline = (await page.getByTestId('timeline').boundingBox())!;
    expect(timeline.width).toBeGreaterThan(380);
    const legend = (await page.locator('.timeline-legend').boundingBox())!;
    const buttons = (await page.getByRole('button', { name: 'Zoom in' }).boundingBox())!;
    expect(legend.x + legend.width).toBeLessThanOrEqual(buttons.x);
    expect(await page.locator('.timeline-legend').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  });
});

describe('a long tag in the panel', () => {
  it('wraps inside the panel instead of running past the page', async () => {
    const longest = events
      .filter((event) => event.tags.length > 0)
      .sort((a, b) => Math.max(...b.tags.map((t) => t.length)) - Math.max(...a.tags.map((t) => t.length)))[0];
    await open(eventPath(longest.id));
    const panel = (await page.getByRole('complementary', { name: 'Event details' }).boundingBox())!;
    const tags = page.getByRole('region', { name: 'Tags' }).getByRole('button');
    for (const box of await tags.evaluateAll((chips) =>
      chips.map((chip) => chip.getBoundingClientRect().toJSON() as DOMRect),
    )) {
      expect(box.x + box.width).toBeLessThanOrEqual(panel.x + panel.width);
    }
  });
});

describe('density bars', () => {
  const first = events[0].day;
  const last = events.at(-1)!.day;
  /** The days [from, to) a tooltip's detail names: "3 Mar 2003 – 9 Mar 2003" or one long day. */
  const spanOf = (detail: string) => {
    const [start, end = start] = detail.split(' – ').map((d) => Date.parse(`${d.replace(/^\w+day /, '')} UTC`));
    return { from: start, to: end + DAY };
  };

  it('zoom to the period a bar counts when one is clicked, and the URL range follows', async () => {
    await open(`/?from=${isoFromDay(first)}&to=${isoFromDay(last + 1)}`);
    expect(await page.locator('.timeline-legend').textContent()).toMatch(/^Bars:/);
    const plot = await plotBox();
    const x = plot.x + ((busyDay + 0.5 - first) / (last + 1 - first)) * plot.width;
    await page.mouse.move(x, plot.y + plot.height / 2);
    const tooltip = page.getByRole('tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const heading = (await tooltip.locator(':scope > *').first().textContent())!;
    const { from, to } = spanOf((await tooltip.locator(':scope > *').nth(1).textContent())!);
    expect(busyDay * DAY).toBeGreaterThanOrEqual(from);
    expect(busyDay * DAY).toBeLessThan(to);

    await page.mouse.click(x, plot.y + plot.height / 2);
    await expect.poll(urlRange).toEqual({ from, to });
    // The bar counted exactly the events of that period.
    const counted = events.filter((e) => e.day * DAY >= from && e.day * DAY < to).length;
    expect(heading).toBe(`${counted} event${counted === 1 ? '' : 's'}`);
  });

  it('zoom to the bar at the centre on Enter when the timeline has focus', async () => {
    await open(`/?from=${isoFromDay(first)}&to=${isoFromDay(last + 1)}`);
    expect(await page.locator('.timeline-legend').textContent()).toMatch(/^Bars:/);
    await page.getByTestId('timeline').focus();
    await expect.poll(() => params().get('from')).not.toBeNull();
    const before = urlRange();
    const centre = (before.from + before.to) / 2;
    await page.keyboard.press('Enter');
    await expect.poll(() => urlRange().to - urlRange().from).toBeLessThan(30 * DAY);
    const { from, to } = urlRange();
    // The URL holds whole days; the bar holds the centre, up to that rounding.
    expect(centre).toBeGreaterThanOrEqual(from - DAY);
    expect(centre).toBeLessThan(to + DAY);
  });
});

describe('a title the upstream folding spelled in ASCII', () => {
  it('reads as its body spells it on the timeline, in the panel and in the tab title; the URL keeps the slug', async () => {
    // The sample file's title says "Egypt-s army"; its related entries elsewhere say "Egypt's".
    const event = events.find((e) => e.slug.includes('egypt-s-army-says'))!;
    expect(event, 'the sample corpus has the "Egypt-s army" event').toBeDefined();
    await open(`/?from=${isoFromDay(event.day)}&to=${isoFromDay(event.day + 1)}`);
    const label = page.getByRole('button', { name: /Egypt's army says it will not use force/ });
    await label.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(eventPath(event.id));
    const heading = page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 });
    await expect.poll(() => heading.textContent()).toMatch(/^Egypt's army says/);
    expect(await page.title()).toMatch(/^Egypt's army says/);
    expect(await page.getByText('Egypt-s army').count()).toBe(0);
  });
});

describe('a tag name the upstream folding spelled in ASCII', () => {
  // The sample's contexts say "2019-2020 Hong Kong protests"; one body spells it with an en dash.
  const name = '2019-2020 Hong Kong protests';
  const label = '2019–2020 Hong Kong protests';
  const story = manifest.stories.findIndex((entry) => entry.name === name);

  it('reads as the corpus spells it in the panel, the picker, the filter and the story view; URLs keep the name', async () => {
    expect(manifest.tags.find((tag) => tag.name === name)?.label).toBe(label);
    const event = events.find((e) => e.day === dayFromIso('2019-07-21') && e.tags.includes(name))!;
    await open(eventPath(event.id));
    const panel = page.getByRole('complementary', { name: 'Event details' });
    const tags = panel.getByRole('region', { name: 'Tags' });
    await tags.getByRole('button', { name: label }).click();
    await expect.poll(() => params().getAll('tag')).toEqual([name]);
    const filter = page.getByRole('group', { name: 'Active tag filter' });
    await expect.poll(() => filter.textContent()).toContain(label);
    await filter.getByRole('button', { name: `Remove tag ${label}` }).click();
    await expect.poll(() => params().getAll('tag')).toEqual([]);

    for (const typed of ['2019-2020 hong', '2019–2020 Hong']) {
      await page.getByRole('combobox', { name: 'Filter by tag' }).fill(typed);
      await expect.poll(() => page.getByRole('option').first().textContent()).toContain(label);
    }
    await page.getByRole('option').first().click();
    await expect.poll(() => params().getAll('tag')).toEqual([name]);
    expect(await page.getByText(name, { exact: true }).count()).toBe(0);

    await open(`/story/${storyPaths(manifest).pathOf[story]}`);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: label }).count()).toBe(1);
    await expect.poll(() => page.title()).toBe(`${label} – Dateline`);
  });

  it('titles related events as their own display titles, the story named by its label', async () => {
    const event = events.find((e) => e.day === dayFromIso('2019-07-21') && e.tags.includes(name))!;
    await open(eventPath(event.id));
    const related = page.getByRole('region', { name: 'Related' });
    await expect.poll(() => related.textContent()).toContain("17 of Hong Kong's 18 district councils");
    expect(await related.textContent()).not.toContain('Hong Kong-s');
    expect(await related.textContent()).not.toContain(name);
  });

  it('names the story’s lane by its label', async () => {
    await open('/?from=2019-06-01&to=2020-07-01&lanes=stories');
    const lanes = page.getByRole('list', { name: 'Story lanes' });
    await expect.poll(() => lanes.textContent()).toContain(label);
    expect(await lanes.textContent()).not.toContain(name);
  });

  it('titles the list view’s and the search’s events with the story by its label', async () => {
    page = await openPage(browser(), baseURL, '/?view=list&from=2019-07-20&to=2019-07-23');
    const list = page.locator('#main-view');
    await expect.poll(() => list.textContent()).toContain(`${label}: Men in white shirts attack`);
    expect(await list.textContent()).not.toContain(name);
    await page.getByRole('searchbox', { name: 'Search events, or go to a date' }).fill('white shirts Yuen Long');
    const results = page.getByRole('complementary', { name: 'Event details' });
    await expect.poll(() => results.textContent()).toContain(`${label}: Men in white shirts`);
  });
});
