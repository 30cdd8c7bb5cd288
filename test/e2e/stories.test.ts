import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { eventPath, type StoryPostingsShard } from '../../src/bundle/index.ts';
import { storyPaths } from '../../src/features/stories/story-paths.ts';
import { AXIS_HEIGHT } from '../../src/features/timeline/geometry.ts';
import { browserForThisFile, openPage, pageReader, readBundle } from './browser.ts';

type Box = { x: number; y: number; width: number; height: number };

const baseURL = inject('baseURL');
const distDir = inject('distDir');
const { manifest, events } = readBundle(distDir);

/** A story's events in order, as the compiler wrote them (ordinals index `events`). */
function membersOf(story: number): number[] {
  const file = manifest.storyPostings[manifest.stories[story].members];
  const shard = JSON.parse(readFileSync(join(distDir, 'data', file), 'utf8')) as StoryPostingsShard;
  let at = 0;
  return shard.stories[String(story)].map((delta) => (at += delta));
}

// A story with sub-stories and enough events to step through.
const story = manifest.stories.findIndex(
  (entry, id) => entry.size >= 6 && manifest.stories.some((s) => s.parent === id),
);
const storyPath = storyPaths(manifest).pathOf[story];
// An event whose innermost story is a nested one with at least five events.
const inner = manifest.stories.findIndex((entry) => entry.parent !== null && entry.size >= 5);
const innerMembers = membersOf(inner);
const startAt = innerMembers.findIndex((ordinal) => events[ordinal].storyIds.at(-1) === inner);

const browser = browserForThisFile();
let page: Page;

beforeAll(() => {
  expect(story, 'the sample corpus needs a story with sub-stories').toBeGreaterThanOrEqual(0);
  expect(startAt, 'the sample corpus needs a nested story with five events').toBeGreaterThanOrEqual(0);
  expect(startAt + 3).toBeLessThan(innerMembers.length);
});

async function open(path: string): Promise<void> {
  page = await openPage(browser(), baseURL, path);
}

const { panel, pathname, params, timelineReady } = pageReader(() => page);

describe('following a story', () => {
  it('steps Next in story three times, landing on the story’s next events, counting k of N', async () => {
    const first = events[innerMembers[startAt]];
    await open(eventPath(first.id));
    const position = panel().getByRole('navigation', { name: 'In this story' });
    await expect.poll(() => position.textContent()).toContain(`${startAt + 1} of ${innerMembers.length}`);
    for (let step = 1; step <= 3; step++) {
      await position.getByRole('link', { name: 'Next in story' }).click();
      const expected = events[innerMembers[startAt + step]];
      await expect.poll(pathname).toBe(eventPath(expected.id));
      await expect.poll(() => position.textContent()).toContain(`${startAt + step + 1} of ${innerMembers.length}`);
    }
    await page.goBack();
    await expect.poll(pathname).toBe(eventPath(events[innerMembers[startAt + 2]].id));
  });

  it('opens a story from a breadcrumb level', async () => {
    const first = events[innerMembers[startAt]];
    await open(eventPath(first.id));
    const crumbs = panel().getByLabel('Story');
    await crumbs.getByRole('link', { name: first.storyPath[0], exact: true }).click();
    await expect.poll(() => panel().getByRole('heading', { level: 2 }).textContent()).toBe(first.storyPath[0]);
    expect(pathname()).toBe(`/story/${storyPaths(manifest).pathOf[first.storyIds[0]]}`);
  });

  it('opens a story URL cold: name, sub-stories, its events in order, highlighted on the timeline', async () => {
    await open(`/story/${storyPath}`);
    await timelineReady();
    await expect
      .poll(() => panel().getByRole('heading', { level: 2 }).textContent())
      .toBe(manifest.stories[story].name);
    const child = manifest.stories.findIndex((entry) => entry.parent === story);
    await expect
      .poll(() => panel().getByRole('region', { name: 'Stories within' }).textContent())
      .toContain(manifest.stories[child].name);
    const list = panel().getByRole('region', { name: `Events of ${manifest.stories[story].name}` });
    const firstEvent = events[membersOf(story)[0]];
    await expect
      .poll(() => list.getByRole('link').first().getAttribute('href'))
      .toMatch(new RegExp(`^${eventPath(firstEvent.id)}`));
    await page.waitForSelector(`[data-painted-filter="story:${story}"]`);
    // The view covers the story's span: no range in the URL, the story decides.
    expect(params().get('from')).toBeNull();
  });

  it('lists the story’s events in view as the view moves, and all of them on request', async () => {
    const members = membersOf(story);
    await open(`/story/${storyPath}`);
    await timelineReady();
    const count = panel().getByRole('status');
    await expect.poll(() => count.textContent()).toBe(`All ${members.length} events in view`);
    const list = panel().getByRole('region', { name: `Events of ${manifest.stories[story].name}` });

    // Around its middle event, then zoomed in: the list keeps to what the timeline shows.
    const middle = events[members[Math.floor(members.length / 2)]].day;
    const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
    await page.goto(`/story/${storyPath}?from=${iso(middle - 10)}&to=${iso(middle + 10)}`);
    await timelineReady();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => params().get('from')).not.toBe(iso(middle - 10));
    const inView = () => {
      const from = Math.floor(Date.parse(params().get('from')!) / 86_400_000);
      const to = Math.ceil(Date.parse(params().get('to')!) / 86_400_000);
      return members.filter((ordinal) => events[ordinal].day >= from && events[ordinal].day < to);
    };
    await expect.poll(() => count.textContent()).toBe(`${inView().length} in view of ${members.length} events`);
    expect(inView().length).toBeGreaterThan(0);
    expect(inView().length).toBeLessThan(members.length);
    await expect
      .poll(() => list.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
      .toEqual(inView().map((ordinal) => expect.stringMatching(new RegExp(`^${eventPath(events[ordinal].id)}`))));

    await panel().getByRole('checkbox', { name: 'Only in view' }).uncheck();
    await expect
      .poll(() => list.getByRole('listitem').first().getAttribute('aria-setsize'))
      .toBe(String(members.length));
    await expect
      .poll(() => list.getByRole('link').first().getAttribute('href'))
      .toMatch(new RegExp(`^${eventPath(events[members[0]].id)}`));
  });

  it('shows a way on for a story that does not exist', async () => {
    await open('/story/no-such-story-here');
    await expect.poll(() => panel().getByRole('heading', { level: 2 }).textContent()).toBe('Story not found');
    await panel().getByRole('link', { name: manifest.stories[0].name }).click();
    await expect.poll(pathname).toBe(`/story/${storyPaths(manifest).pathOf[0]}`);
  });
});

describe('story lanes', () => {
  it('switches lanes on, keeps them while zooming, and off again', async () => {
    await open('/');
    await timelineReady();
    const lanesSwitch = page.getByRole('switch', { name: 'Story lanes' });
    await lanesSwitch.click();
    await expect.poll(() => params().get('lanes')).toBe('stories');
    const lanes = page.getByRole('list', { name: 'Story lanes' });
    await expect.poll(() => lanes.getByRole('listitem').count()).toBeGreaterThan(1);
    await expect.poll(() => lanes.getByRole('listitem').last().textContent()).toBe('Other events');
    const before = params().get('from');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => params().get('from')).not.toBe(before);
    await expect.poll(() => lanes.getByRole('listitem').count()).toBeGreaterThan(1);
    await lanesSwitch.click();
    await expect.poll(() => params().get('lanes')).toBeNull();
    await expect.poll(() => page.getByRole('list', { name: 'Story lanes' }).count()).toBe(0);
  });

  it('pins a story to a lane from its view', async () => {
    await open(`/story/${storyPath}`);
    await panel().getByRole('button', { name: 'Pin to a lane' }).click();
    await expect.poll(() => params().getAll('pin')).toEqual([storyPath]);
    await expect
      .poll(() => page.getByRole('list', { name: 'Story lanes' }).getByRole('listitem').first().textContent())
      .toBe(manifest.stories[story].name);
  });
});

describe('the panel follows the filter', () => {
  const tag = manifest.tags.find((entry) => !entry.isStory && entry.count >= 4 && entry.count < 40)!;
  const matching = events.filter((event) => event.tags.includes(tag.name));

  it('lists the matching events in view and steps Next inside the filter', async () => {
    await open(`/?tag=${encodeURIComponent(tag.name)}`);
    await timelineReady();
    await expect.poll(() => panel().getByRole('status').textContent()).toBe(`${matching.length} events in view`);
    const list = panel().getByRole('region', { name: `Events matching ${tag.name}` });
    await list.getByRole('link').first().click();
    await expect.poll(pathname).toBe(eventPath(matching[0].id));
    await panel().getByRole('link', { name: 'Next →' }).click();
    await expect.poll(pathname).toBe(eventPath(matching[1].id));
    await panel().getByRole('link', { name: 'Next →' }).click();
    await expect.poll(pathname).toBe(eventPath(matching[2].id));
    expect(params().getAll('tag')).toEqual([tag.name]);
  });

  it('explains zero matches and offers any-of', async () => {
    const other = manifest.tags.find(
      (entry) => !events.some((e) => e.tags.includes(entry.name) && e.tags.includes(tag.name)),
    )!;
    await open(`/?tag=${encodeURIComponent(tag.name)}&tag=${encodeURIComponent(other.name)}`);
    await expect.poll(() => panel().textContent()).toContain('No event carries all 2 of these tags at once.');
    await panel().getByRole('button', { name: 'Show events with any of them' }).click();
    await expect.poll(() => params().get('match')).toBe('any');
  });
});

describe('related events on the timeline', () => {
  it('counts related events beyond the view at its edge and moves there on a click', async () => {
    const event = events.find((e) => e.related.some((r) => r.inCollection && r.day < e.day - 10))!;
    const earlier = event.related.filter((r) => r.inCollection && r.day < event.day - 3).map((r) => r.day);
    const nearest = Math.max(...earlier);
    const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
    await open(`${eventPath(event.id)}?from=${iso(event.day - 3)}&to=${iso(event.day + 4)}`);
    await timelineReady();
    const edge = page.getByRole('button', { name: new RegExp(`^${earlier.length} related events? earlier`) });
    await expect.poll(() => edge.textContent()).toBe(`← ${earlier.length}`);
    await edge.click();
    await expect
      .poll(() => {
        const from = Date.parse(params().get('from') ?? '') / 86_400_000;
        const to = Date.parse(params().get('to') ?? '') / 86_400_000;
        return from <= nearest && nearest < to;
      })
      .toBe(true);
  });
});

describe('related events beyond the edges, zoomed to a day', () => {
  const viewports = {
    desktop: { width: 1440, height: 900 },
    narrow: { width: 700, height: 800 },
    phone: { width: 390, height: 844 },
  };
  it.each(Object.entries(viewports))('keeps the counts above the hour axis (%s)', async (_, viewport) => {
    const event = events.find(
      (e) =>
        e.related.some((r) => r.inCollection && r.day < e.day) &&
        e.related.some((r) => r.inCollection && r.day > e.day),
    )!;
    const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
    page = await openPage(
      browser(),
      baseURL,
      `${eventPath(event.id)}?from=${iso(event.day)}&to=${iso(event.day + 1)}`,
      {
        viewport,
      },
    );
    await timelineReady();
    const plot = (await page.locator('.timeline-canvas').boundingBox())!;
    const axisTop = plot.y + plot.height - AXIS_HEIGHT;
    for (const where of ['earlier', 'later']) {
      const edge = page.getByRole('button', { name: new RegExp(`related events? ${where}`) });
      await edge.waitFor();
      const box = (await edge.boundingBox())!;
      expect(box.y + box.height, `the ${where} count ends above the axis`).toBeLessThanOrEqual(axisTop);
      expect(box.y).toBeGreaterThanOrEqual(plot.y);
    }
  });

  it.each(Object.entries(viewports))('keeps the Story lanes switch off every label (%s)', async (_, viewport) => {
    // The busiest day, zoomed in, so labels fill the top lane up to the right edge.
    const counts = new Map<number, number>();
    for (const e of events) counts.set(e.day, (counts.get(e.day) ?? 0) + 1);
    const [day] = [...counts].sort((a, b) => b[1] - a[1])[0];
    const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
    page = await openPage(browser(), baseURL, `/?from=${iso(day)}&to=${iso(day + 1)}`, { viewport });
    await timelineReady();
    const overlaps = (a: Box, b: Box) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    const toggle = (await page.getByRole('switch', { name: 'Story lanes' }).boundingBox())!;
    const labels = page.locator('.timeline-labels button:visible');
    await expect.poll(() => labels.count()).toBeGreaterThan(0);
    for (const box of await labels.evaluateAll((all) => all.map((b) => b.getBoundingClientRect().toJSON() as Box))) {
      expect(overlaps(toggle, box), 'the switch covers a label').toBe(false);
    }
    expect(overlaps(toggle, (await page.locator('.timeline-legend').boundingBox())!)).toBe(false);
  });
});

describe('a day', () => {
  it('lists its events under the Portal’s category headings, in the day page’s order', async () => {
    await open('/news/2020/03/11');
    const headings = panel().getByRole('heading', { level: 3 });
    await expect
      .poll(() => headings.allTextContents())
      .toEqual([
        'Armed conflicts and attacks',
        'Business and economy',
        'Health and environment',
        'Law and crime',
        'Sports',
      ]);
    await expect
      .poll(() => panel().getByRole('region', { name: 'Armed conflicts and attacks' }).getByRole('link').textContent())
      .toContain('A rocket attack on Camp Taji');
  });
});
