import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { dayPath, eventPath, isoFromDay } from '../../src/bundle/index.ts';
import { openPage, readBundle, browserForThisFile } from './browser.ts';

const baseURL = inject('baseURL');
const { manifest, events } = readBundle(inject('distDir'));
const tagCount = new Map(manifest.tags.map((tag) => [tag.name, tag.count]));
// An event with a related event on another day that has a tag narrower than the corpus.
const target = events.find((event) =>
  event.related.some(
    (related) =>
      related.inCollection &&
      related.day !== event.day &&
      events.find((e) => e.id === related.id)?.tags.some((t) => (tagCount.get(t) ?? 0) < manifest.eventCount),
  ),
)!;
const relatedEntry = target.related.find((related) => related.inCollection && related.day !== target.day)!;
const related = events.find((event) => event.id === relatedEntry.id)!;
const relatedTag = related.tags[0];

const browser = browserForThisFile();
let page: Page;

beforeAll(() => {
  expect(target, 'the sample corpus needs an event with a related event elsewhere').toBeDefined();
});

async function open(path: string, viewport?: { width: number; height: number }): Promise<Page> {
  page = await openPage(browser(), baseURL, path, { viewport, timeline: true });
  return page;
}

interface Focused {
  tag: string;
  name: string;
  key: string | null;
}

/** What has focus: tag, accessible-ish name (aria-label or text) and focus key. */
function focused(): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? 'none',
      name: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim(),
      key: el?.getAttribute('data-focus-key') ?? null,
    };
  });
}

/** Presses Tab until `matches` holds for the focused element; fails after `limit` presses. */
async function tabTo(matches: (f: Focused) => boolean, limit = 40): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (matches(await focused())) return presses;
  }
  throw new Error(`not reached in ${limit} Tabs; focus is on ${JSON.stringify(await focused())}`);
}

const pathname = () => new URL(page.url()).pathname;
const headline = (event: { headline: string; title: string }) => event.headline || event.title;

describe('with the keyboard alone', () => {
  it('finds an event by date, opens it, follows a related event, filters by its tag and comes back', async () => {
    await open('/');
    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ tag: 'a', name: 'Skip to timeline' });

    // Find by date: `g` jumps to the search field, which takes dates; Enter opens that day, focus on its heading.
    await page.keyboard.press('g');
    expect(await focused()).toMatchObject({ tag: 'input', key: 'search' });
    await page.keyboard.type(isoFromDay(target.day));
    await page.keyboard.press('Enter');
    await expect.poll(pathname).toBe(dayPath(target.day));
    await expect.poll(focused).toMatchObject({ tag: 'h2', key: `panel-heading day-${target.day}` });

    // Open it from the day's list: focus lands on the event's headline.
    await tabTo((f) => f.tag === 'a' && f.name === headline(target), 10 + events.length);
    await page.keyboard.press('Enter');
    await expect.poll(pathname).toBe(eventPath(target.id));
    await expect.poll(focused).toMatchObject({ tag: 'h2', name: headline(target) });

    // Follow a related event.
    await tabTo((f) => f.tag === 'a' && f.name === relatedEntry.title);
    await page.keyboard.press('Enter');
    await expect.poll(pathname).toBe(eventPath(related.id));
    await expect.poll(focused).toMatchObject({ tag: 'h2', name: headline(related) });

    // Filter by one of its tags: the tag button keeps focus.
    await tabTo((f) => f.tag === 'button' && f.name === relatedTag);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('tag')).toEqual([relatedTag]);
    expect(await focused()).toMatchObject({ tag: 'button', name: relatedTag });
    await page.getByRole('button', { name: `Remove tag ${relatedTag}` }).waitFor();

    // Come back: Escape closes the event from inside the panel and focus returns to the timeline.
    await page.keyboard.press('Escape');
    await expect.poll(pathname).toBe('/');
    await expect.poll(focused).toMatchObject({ key: 'view' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('timeline');
    expect(new URL(page.url()).searchParams.getAll('tag')).toEqual([relatedTag]);
  });

  it('keeps focus on Next while stepping through events', async () => {
    const first = events[0];
    await open(eventPath(first.id));
    const next = page.getByRole('link', { name: 'Next →' });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect.poll(pathname).toBe(eventPath(events[1].id));
    // The new event's panel, not the old one still on screen while its day loads.
    await page.locator(`article[data-event-id="${events[1].id}"]`).waitFor();
    await expect.poll(focused).toMatchObject({ tag: 'a', key: 'next' });
    await page.keyboard.press('Enter');
    await expect.poll(pathname).toBe(eventPath(events[2].id));
    await expect.poll(focused).toMatchObject({ tag: 'a', key: 'next' });

    // From anywhere, n and p step too.
    await page.getByTestId('timeline').focus();
    await page.locator('a[rel="next"]').waitFor(); // The next day's events may still be on their way.
    await page.keyboard.press('n');
    await expect.poll(pathname).toBe(eventPath(events[3].id));
    await page.locator('a[rel="prev"]').waitFor();
    await page.keyboard.press('p');
    await expect.poll(pathname).toBe(eventPath(events[2].id));
  });

  it('leaves the tag list with Tab for the next control, not the page', async () => {
    await open('/');
    await page.getByRole('combobox', { name: 'Filter by tag' }).focus();
    await page.keyboard.type('a');
    await page.getByRole('listbox', { name: 'Tags' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ tag: 'button', name: 'Timeline' });
  });

  it('moves focus to the tag field when the last chip is removed, and to the timeline when the sheet closes', async () => {
    await open(`${eventPath(target.id)}?tag=${encodeURIComponent(target.tags[0])}`, { width: 390, height: 844 });
    await page.getByRole('button', { name: `Remove tag ${target.tags[0]}` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('tag')).toEqual([]);
    await expect.poll(focused).toMatchObject({ tag: 'input', key: 'tag-picker' });

    await page.getByRole('button', { name: 'Close details' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(pathname).toBe('/');
    await expect.poll(focused).toMatchObject({ key: 'view' });
  });

  it('opens the key help with ?, keeps focus inside it, and gives focus back on Escape', async () => {
    await open('/');
    await page.getByTestId('timeline').focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    for (const key of ['Page Up', 'Enter', 'Escape', '/', 'g', 'n']) {
      expect(await dialog.locator('kbd', { hasText: key }).count(), key).toBeGreaterThan(0);
    }
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('timeline');
  });

  it('announces what is in view once a zoom settles, and describes the timeline the same way', async () => {
    await open('/');
    const status = page.locator('main [role="status"]');
    expect(await status.textContent()).toBe('');
    await page.getByTestId('timeline').focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect.poll(() => status.textContent(), { timeout: 5000 }).toMatch(/^.+: [\d,]+ events(, busiest .+)?$/);
    const description = await page.evaluate(() => {
      const timeline = document.querySelector('[data-testid="timeline"]')!;
      const ids = timeline.getAttribute('aria-describedby')!.split(' ');
      return document.getElementById(ids[0])!.textContent;
    });
    expect(description).toBe(await status.textContent());
  });
});

describe('previous and next inside a filter, with the keyboard alone', () => {
  // A story's tag and a plain tag, each with matches that are not next to each other in the corpus.
  const spread = (name: string) => {
    const ordinals = events.flatMap((event, ordinal) => (event.tags.includes(name) ? [ordinal] : []));
    return ordinals.length >= 5 && ordinals.slice(1, 5).some((o, i) => o - ordinals[i] > 1);
  };
  const storyTag = manifest.tags.find((tag) => tag.isStory && spread(tag.name))!;
  const plainTag = manifest.tags.find((tag) => !tag.isStory && spread(tag.name))!;

  it.each([
    ['a story', storyTag],
    ['a tag', plainTag],
  ])('steps with n, p, and Enter on Next and Previous through %s’s matches only', async (_, tag) => {
    const matches = events.filter((event) => event.tags.includes(tag.name));
    const query = `?tag=${encodeURIComponent(tag.name)}`;
    /** Waits for the panel of matches[at] with its neighbours in the filter, then checks the landing. */
    const landedOn = async (at: number) => {
      await expect.poll(pathname).toBe(eventPath(matches[at].id));
      const panel = page.locator(`article[data-event-id="${matches[at].id}"]`);
      await panel.locator(`a[rel="next"][href^="${eventPath(matches[at + 1].id)}?"]`).waitFor();
      await panel.locator(`a[rel="prev"][href^="${eventPath(matches[at - 1].id)}?"]`).waitFor();
      const tags = await panel.getByRole('button', { name: tag.name, exact: true }).count();
      expect(tags, `${matches[at].id} carries ${tag.name}`).toBe(1);
      expect(new URL(page.url()).searchParams.getAll('tag')).toEqual([tag.name]);
    };

    await open(`${eventPath(matches[1].id)}${query}`);
    await landedOn(1);
    await page.keyboard.press('n');
    await landedOn(2);
    await page.keyboard.press('n');
    await landedOn(3);
    await page.keyboard.press('p');
    await landedOn(2);

    await tabTo((f) => f.key === 'next', 120);
    await page.keyboard.press('Enter');
    await landedOn(3);
    await expect.poll(focused).toMatchObject({ tag: 'a', key: 'next' });
    // Back past the share buttons to Previous.
    for (let presses = 0; presses < 4 && (await focused()).key !== 'prev'; presses++)
      await page.keyboard.press('Shift+Tab');
    expect(await focused()).toMatchObject({ tag: 'a', key: 'prev' });
    await page.keyboard.press('Enter');
    await landedOn(2);
  });
});
