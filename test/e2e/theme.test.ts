import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { dayPath } from '../../src/bundle/index.ts';
import { paintedColours } from './canvas-colours.ts';
import { readBundle, browserForThisFile } from './browser.ts';

const baseURL = inject('baseURL');
const { events } = readBundle(inject('distDir'));

const browser = browserForThisFile();

async function open(path: string, colorScheme: 'light' | 'dark'): Promise<Page> {
  const context = await browser().newContext({ baseURL, viewport: { width: 1440, height: 900 }, colorScheme });
  const page = await context.newPage();
  await page.goto(path);
  await page.waitForSelector('[data-testid="timeline"][data-ready="true"]');
  return page;
}

const canvasBackground = async (page: Page) => (await paintedColours(page)).background;
const isDark = (hex: string) => parseInt(hex.slice(1, 3), 16) < 80;

describe('themes', () => {
  it('follows the system, and the toggle pins the other theme across reloads, canvas included', async () => {
    const page = await open('/', 'light');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(isDark(await canvasBackground(page))).toBe(false);

    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => isDark(await canvasBackground(page))).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('dateline-theme'))).toBe('dark');

    await page.reload();
    await page.waitForSelector('[data-testid="timeline"][data-ready="true"]');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(isDark(await canvasBackground(page))).toBe(true);
  });

  it('starts dark when the system asks for it', async () => {
    const page = await open('/', 'dark');
    expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');
    expect(isDark(await canvasBackground(page))).toBe(true);
    const body = await page.evaluate(() => getComputedStyle(document.body).color);
    expect(body).not.toBe('rgb(28, 37, 48)');
  });

  it('keeps marks and the focus ring visible in forced colours', async () => {
    const page = await open(dayPath(events[0].day), 'light');
    await page.emulateMedia({ forcedColors: 'active' });
    const { solids } = await paintedColours(page);
    expect(solids.length).toBeGreaterThan(0);
    await page.getByTestId('timeline').focus();
    await page.keyboard.press('ArrowRight');
    // The timeline's ring is an overlay above its canvas.
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!, '::after');
      return { style: style.borderTopStyle, width: parseFloat(style.borderTopWidth), zIndex: style.zIndex };
    });
    expect(ring).toEqual({ style: 'solid', width: 3, zIndex: '3' });
  });
});
