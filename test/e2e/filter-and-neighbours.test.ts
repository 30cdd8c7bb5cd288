import { describe, expect, inject, it } from 'vitest';
import { eventPath } from '../../src/bundle/index.ts';
import { readBundle, browserForThisFile, withPage } from './browser.ts';

const baseURL = inject('baseURL');
const { manifest, events } = readBundle(inject('distDir'));
const numberFormat = new Intl.NumberFormat('en');

const browser = browserForThisFile();

describe('the tag picker', () => {
  it('picks tags with the keyboard, counts matches, switches to any-of and removes a chip', async () => {
    await withPage(browser(), baseURL, async (page) => {
      await page.goto('/');
      await page.waitForSelector('[data-testid="timeline"][data-ready="true"]');
      const [first, second] = manifest.tags;
      const count = page.getByTestId('match-count');

      const picker = page.getByRole('combobox', { name: 'Filter by tag' });
      await picker.fill(first.name.slice(0, 4));
      await expect.poll(() => page.getByRole('option').first().textContent()).toContain(first.name);
      await picker.press('ArrowDown');
      await picker.press('ArrowUp');
      await picker.press('Enter');
      await expect.poll(() => new URL(page.url()).searchParams.getAll('tag')).toEqual([first.name]);
      await expect
        .poll(() => count.textContent())
        .toBe(`${numberFormat.format(first.count)} of ${numberFormat.format(manifest.eventCount)} events`);

      await picker.fill(second.name);
      await page
        .getByRole('option', { name: new RegExp(`^${escapeRegExp(second.name)}`) })
        .first()
        .click();
      await expect.poll(() => new URL(page.url()).searchParams.getAll('tag')).toEqual([first.name, second.name]);
      // The count is read once the two-tag filter has reached the screen, not while it is computed.
      await page.waitForSelector(`[data-painted-filter="${cssString(`all:${first.name}|${second.name}`)}"]`);
      await expect.poll(() => count.getAttribute('aria-busy')).toBe('false');
      const allOf = Number((await count.textContent())!.split(' of ')[0].replaceAll(',', ''));

      await page.getByRole('radio', { name: 'Any of' }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('match')).toBe('any');
      await page.waitForSelector(`[data-painted-filter^="any:"]`);
      await expect.poll(() => count.getAttribute('aria-busy')).toBe('false');
      const anyOf = Number((await count.textContent())!.split(' of ')[0].replaceAll(',', ''));
      expect(anyOf).toBeGreaterThanOrEqual(Math.max(first.count, second.count));
      expect(allOf).toBeLessThanOrEqual(Math.min(first.count, second.count));

      await page.getByRole('button', { name: `Remove tag ${first.name}` }).click();
      await expect.poll(() => new URL(page.url()).searchParams.getAll('tag')).toEqual([second.name]);
    });
  });
});

describe('previous and next', () => {
  it('steps to the next event in ordinal order, across day boundaries, and back', async () => {
    // The last event of a day whose next event is on a later day.
    const index = events.findIndex((event, i) => i + 1 < events.length && events[i + 1].day !== event.day);
    const [from, to] = [events[index], events[index + 1]];
    await withPage(browser(), baseURL, async (page) => {
      await page.goto(eventPath(from.id));
      const panel = page.getByRole('complementary', { name: 'Event details' });
      await panel.getByRole('link', { name: 'Next →' }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe(eventPath(to.id));
      await expect.poll(() => panel.locator('[data-event-id]').getAttribute('data-event-id')).toBe(to.id);
      await panel.getByRole('link', { name: '← Previous' }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe(eventPath(from.id));
      await page.goBack();
      await expect.poll(() => new URL(page.url()).pathname).toBe(eventPath(to.id));
    });
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function cssString(value: string): string {
  return value.replaceAll('\\', '\\\\').replaceAll('"', '\\"');
}
