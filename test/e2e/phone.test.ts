import { describe, expect, inject, it } from 'vitest';
import { eventPath } from '../../src/bundle/index.ts';
import { readBundle, browserForThisFile, withPage } from './browser.ts';

const baseURL = inject('baseURL');
const { events, manifest } = readBundle(inject('distDir'));
const PHONE = { width: 390, height: 844 };

const browser = browserForThisFile();

describe('on a phone', () => {
  it('shows the event in a bottom sheet under a usable timeline, which folds and closes', async () => {
    await withPage(
      browser(),
      baseURL,
      async (page) => {
        await page.goto(eventPath(events[0].id));
        await page.waitForSelector('[data-testid="timeline"][data-ready="true"]');
        const sheet = page.getByRole('complementary', { name: 'Event details' });
        await sheet.locator(`[data-event-id="${events[0].id}"]`).waitFor();

        const sheetBox = (await sheet.boundingBox())!;
        const timelineBox = (await page.getByTestId('timeline').boundingBox())!;
        expect(sheetBox.y + sheetBox.height).toBeCloseTo(PHONE.height, 0);
        expect(sheetBox.width).toBe(PHONE.width);
        expect(timelineBox.y + timelineBox.height).toBeLessThanOrEqual(sheetBox.y + 1);
        expect(timelineBox.height).toBeGreaterThan(150);

        await page.getByRole('button', { name: 'Fold details' }).click();
        await expect.poll(async () => (await sheet.boundingBox())!.height).toBeLessThan(80);
        await page.getByRole('button', { name: 'Expand details' }).click();
        await page.getByRole('button', { name: 'Close details' }).click();
        await expect.poll(() => new URL(page.url()).pathname).toBe('/');
      },
      PHONE,
    );
  });
});

describe('the active tag chips on a phone', () => {
  const query = (tags: readonly string[]) => `/?match=any&${tags.map((t) => `tag=${encodeURIComponent(t)}`).join('&')}`;
  // The computed mask: clear at the faded edge, solid 2.5rem (40 px) in.
  const [CLEAR, SOLID] = ['rgba(0, 0, 0, 0)', 'rgb(0, 0, 0)'];
  const byLength = manifest.tags.map((tag) => tag.name).sort((a, b) => b.length - a.length);

  it('fade at each edge that hides chips, and not at all when every chip fits', async () => {
    await withPage(
      browser(),
      baseURL,
      async (page) => {
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.goto(query(byLength.slice(0, 5)));
        const row = page.getByRole('group', { name: 'Active tag filter' });
        const fade = () => row.evaluate((el) => getComputedStyle(el).maskImage);
        await row.waitFor();
        expect(await row.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
        // Chips past the right edge: the row fades out there only.
        await expect.poll(fade).toBe(`linear-gradient(270deg, ${CLEAR}, ${SOLID} 40px)`);
        await row.evaluate((el) => (el.scrollLeft = el.scrollWidth));
        await expect.poll(fade).toBe(`linear-gradient(90deg, ${CLEAR}, ${SOLID} 40px)`);
        await row.evaluate((el) => (el.scrollLeft = 40));
        await expect.poll(fade).toMatch(/^linear-gradient\(90deg, rgba\(0, 0, 0, 0\), .+, rgba\(0, 0, 0, 0\)\)$/);

        await page.goto(query([byLength.at(-1)!]));
        await row.waitFor();
        expect(await row.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(false);
        await expect.poll(fade).toBe('none');
      },
      PHONE,
    );
  });
});
