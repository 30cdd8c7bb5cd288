import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayPath, eventPath } from '../../src/bundle/index.ts';
import { compile } from '../../src/compiler/compile.ts';
import { renderDevPage } from '../../src/pages/dev-page.ts';
import { bundleDays, readManifest } from '../../src/pages/read-bundle.ts';
import { writePages } from '../../src/pages/write-pages.ts';

const scratch = mkdtempSync(join(tmpdir(), 'dateline-pages-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const INDEX = `<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Dateline</title><script>document.documentElement.classList.add('js');</script><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>`;
const site = { base: '/', url: 'https://example.org' };

/** A built site with the small fixture's bundle; `mode` as the build was told. */
async function builtSite(mode: 'events' | 'days' | 'none') {
  const dist = mkdtempSync(join(scratch, `${mode}-`));
  await compile({ src: 'test/fixtures/small-corpus', out: join(dist, 'data'), threads: false });
  writeFileSync(join(dist, 'index.html'), INDEX);
  const stats = await writePages({ dist, site, mode });
  const events = [...bundleDays(join(dist, 'data'), readManifest(join(dist, 'data')))].flatMap((day) => day.events);
  return { dist, stats, events, read: (path: string) => readFileSync(join(dist, path), 'utf8') };
}

describe('writePages', () => {
  let built: Awaited<ReturnType<typeof builtSite>>;
  beforeAll(async () => {
    built = await builtSite('events');
  });

  it('writes a page and an oEmbed file for every event, at its path plus .html', () => {
    expect(built.events.length).toBeGreaterThan(5);
    for (const event of built.events) {
      expect(built.read(`${eventPath(event.id)}.html`)).toContain(
        `<link rel="canonical" href="https://example.org${eventPath(event.id)}" />`,
      );
      expect(existsSync(join(built.dist, `${eventPath(event.id)}.oembed.json`))).toBe(true);
    }
    expect(built.stats.eventPages).toBe(built.events.length);
  });

  it('lists every page in the sitemap exactly once', () => {
    const locs = [...built.read('sitemap.xml').matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);
    expect(new Set(locs).size).toBe(locs.length);
    for (const event of built.events) expect(locs).toContain(`https://example.org${eventPath(event.id)}`);
    expect(locs).toHaveLength(1 + built.stats.dayPages + built.events.length);
  });

  it('puts the same policy with the inline script’s hash into every HTML file and into _headers', () => {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/;
    const expected = policy.exec(built.read('index.html'))![1];
    expect(expected).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'; style-src 'self'/);
    for (const path of ['404.html', 'embed.html', `${eventPath(built.events[0].id)}.html`])
      expect(policy.exec(built.read(path))![1]).toBe(expected);
    expect(built.read('_headers')).toContain(expected);
    // No inline style attribute anywhere: style-src 'self' would block it.
    expect(built.read(`${eventPath(built.events[0].id)}.html`)).not.toMatch(/\sstyle=/);
  });

  it('writes 404.html with a way on, robots.txt and the embed rewrite', () => {
    expect(built.read('404.html')).toContain('<h1>Page not found</h1>');
    expect(built.read('404.html')).toContain('<a href="/">Go to the timeline overview</a>');
    expect(built.read('robots.txt')).toContain('Sitemap: https://example.org/sitemap.xml');
    expect(built.read('_redirects')).toBe('/embed/*  /embed.html  200\n');
  });

  it('writes day pages only with `days`, and no page with `none`', async () => {
    const days = await builtSite('days');
    expect(existsSync(join(days.dist, `${eventPath(days.events[0].id)}.html`))).toBe(false);
    expect(days.stats.dayPages).toBeGreaterThan(0);
    const none = await builtSite('none');
    expect(readdirSync(none.dist)).not.toContain('news');
    expect(none.read('sitemap.xml').match(/<loc>/g)).toHaveLength(1);
  });
});

describe('renderDevPage (the dev server)', () => {
  it('renders an event’s and a day’s page from the current bundle, and nothing for an unknown path', async () => {
    const { dist, events } = await builtSite('none');
    const data = join(dist, 'data');
    const page = renderDevPage(data, site, INDEX, eventPath(events[0].id));
    expect(page).toContain(`<link rel="canonical" href="https://example.org${eventPath(events[0].id)}" />`);
    expect(renderDevPage(data, site, INDEX, dayPath(events[0].day))).toContain('<article class="static-day">');
    expect(renderDevPage(data, site, INDEX, `${dayPath(events[0].day)}/no-such-event`)).toBeNull();
    expect(renderDevPage(data, site, INDEX, '/news/1900/01/01')).toBeNull();
    expect(renderDevPage(data, site, INDEX, '/about')).toBeNull();
  });
});
