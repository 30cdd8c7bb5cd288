import { describe, expect, inject, it } from 'vitest';
import { eventPath } from '../../src/bundle/index.ts';
import { readBundle, browserForThisFile, withPage } from './browser.ts';

const baseURL = inject('baseURL');
const { events } = readBundle(inject('distDir'));
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
