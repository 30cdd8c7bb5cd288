// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../src/bundle/index.ts';
import type { EventDetail } from '../../src/lib/data/join-day.ts';
import { renderDay } from '../../src/pages/render-day.ts';
import { parseShell } from '../../src/pages/shell.ts';
import { makeRelatedEntry } from '../support/related-entry.ts';

/** Every character that could close an element, an attribute or a script. */
const HOSTILE = `</script><script>alert(1)</script> "double" & 'single' <b>bold</b> &amp;`;
const day = dayFromIso('2015-09-26')!;
const site = { base: '/', url: 'https://example.org' };

const SHELL = `<!doctype html><html><head><meta charset="UTF-8" /><title>Dateline</title><script>document.documentElement.classList.add('js');</script><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>`;

const event: EventDetail = {
  id: '2015-09-26/a-slug',
  day,
  slug: 'a-slug',
  title: `Story ${HOSTILE}: Head ${HOSTILE}`,
  storyPath: [`Story ${HOSTILE}`],
  storyIds: [],
  headline: `Head ${HOSTILE}`,
  body: [
    {
      type: 'paragraph',
      children: [
        { type: 'text', value: `Body ${HOSTILE} ` },
        { type: 'emphasis', children: [{ type: 'text', value: `em ${HOSTILE}` }] },
        { type: 'code', value: `code ${HOSTILE}` },
        { type: 'link', href: `https://example.com/a?b=1&c="2"'</script>`, children: [{ type: 'text', value: 'out' }] },
        { type: 'link', href: '/news/2015/9/25/earlier.md', children: [{ type: 'text', value: 'in' }] },
        { type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', value: 'trap' }] },
      ],
    },
  ],
  sources: [{ outlet: `Outlet ${HOSTILE}`, url: `https://news.example/?q=1&r="x"'</script>` }],
  related: [
    makeRelatedEntry('2015-09-20/here', `Here ${HOSTILE}`),
    makeRelatedEntry('2014-01-01/gone', `Gone ${HOSTILE}`, { inCollection: false }),
  ],
  tags: [`Tag ${HOSTILE}`],
  tagLabels: [`Tag ${HOSTILE}`],
};

function eventPage(): Document {
  const pages = renderDay(parseShell(SHELL, site), site, 'events', {
    day,
    events: [event],
  });
  const file = pages.files.find((page) => page.path === '/news/2015/09/26/a-slug.html')!;
  return parseHtml(file.content);
}

const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[name="${key}"], meta[property="${key}"]`)?.getAttribute('content');

describe('the event page template', () => {
  it('carries every field as text and every URL as an attribute value, so nothing from the corpus becomes markup', () => {
    const doc = eventPage();
    // Only the shell's two scripts: nothing in the corpus opened one.
    expect(doc.querySelectorAll('script')).toHaveLength(2);
    expect(doc.querySelectorAll('b')).toHaveLength(0);
    expect(doc.title).toBe(event.headline);
    expect(doc.querySelector('h1')?.textContent).toBe(event.headline);
    expect(doc.querySelector('.story-path')?.textContent).toBe(`Story: ${event.storyPath[0]}`);
    const paragraph = doc.querySelector('.static-event > p:not(.story-path):not(.event-date)')!;
    expect(paragraph.textContent).toBe(`Body ${HOSTILE} em ${HOSTILE}code ${HOSTILE}outintrap`);
    expect(paragraph.querySelector('em')?.textContent).toBe(`em ${HOSTILE}`);
    expect(paragraph.querySelector('code')?.textContent).toBe(`code ${HOSTILE}`);
    const links = [...paragraph.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([`https://example.com/a?b=1&c="2"'</script>`, '/news/2015/09/25/earlier']);
    const source = doc.querySelector('section:nth-of-type(2) a')!;
    expect([source.textContent, source.getAttribute('href')]).toEqual([event.sources[0].outlet, event.sources[0].url]);
    expect(doc.querySelector('section li')?.textContent).toBe(event.tags[0]);
  });

  it('gives the preview tags: description, canonical, Open Graph, publication day, Twitter card, oEmbed', () => {
    const doc = eventPage();
    const url = 'https://example.org/news/2015/09/26/a-slug';
    // The start of the body, cut at a word before 200 characters.
    const description = meta(doc, 'description')!;
    expect(description.endsWith('…') && description.length <= 200).toBe(true);
    expect(`Body ${HOSTILE} em ${HOSTILE}code ${HOSTILE}`.startsWith(description.slice(0, -1))).toBe(true);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
    expect(meta(doc, 'og:title')).toBe(event.headline);
    expect(meta(doc, 'og:type')).toBe('article');
    expect(meta(doc, 'og:url')).toBe(url);
    expect(meta(doc, 'article:published_time')).toBe('2015-09-26');
    expect(meta(doc, 'twitter:card')).toBe('summary');
    expect(meta(doc, 'twitter:title')).toBe(event.headline);
    const oembed = doc.querySelector('link[rel="alternate"][type="application/json+oembed"]');
    expect(oembed?.getAttribute('href')).toBe(`${url}.oembed.json`);
    // No bundle file is named: their names change with any edit in the year, the page's should not.
    expect(doc.querySelector('link[rel="preload"]')).toBeNull();
  });

  it('links related events in the collection to their pages and marks the others as outside it', () => {
    const items = [...eventPage().querySelectorAll('ol li')];
    expect(items[0].querySelector('a')?.getAttribute('href')).toBe('/news/2015/09/20/here');
    expect(items[0].querySelector('a')?.textContent).toBe(`Here ${HOSTILE}`);
    expect(items[1].querySelector('a')).toBeNull();
    expect(items[1].textContent).toBe(`1 Jan 2014 Gone ${HOSTILE} (not in this collection)`);
  });

  it('writes the oEmbed JSON with the embed iframe, its URL and title escaped', () => {
    const pages = renderDay(parseShell(SHELL, site), site, 'events', { day, events: [event] });
    const json = JSON.parse(pages.files.find((page) => page.path.endsWith('.oembed.json'))!.content);
    expect(json).toMatchObject({ version: '1.0', type: 'rich', title: event.headline, provider_name: 'Dateline' });
    const iframe = parseHtml(json.html).querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe('https://example.org/embed/news/2015/09/26/a-slug');
    expect(iframe.getAttribute('title')).toBe(`${event.headline} (Dateline)`);
  });

  it('writes day and event pages in `events` mode, the day page only in `days`, nothing in `none`', () => {
    const input = { day, events: [event] };
    const paths = (mode: 'events' | 'days' | 'none') =>
      renderDay(parseShell(SHELL, site), site, mode, input).files.map((file) => file.path);
    expect(paths('events')).toEqual([
      '/news/2015/09/26.html',
      '/news/2015/09/26/a-slug.html',
      '/news/2015/09/26/a-slug.oembed.json',
    ]);
    expect(paths('days')).toEqual(['/news/2015/09/26.html']);
    expect(paths('none')).toEqual([]);
  });

  it('lists the day’s events on the day page, titles escaped', () => {
    const file = renderDay(parseShell(SHELL, site), site, 'days', { day, events: [event] }).files[0];
    const doc = parseHtml(file.content);
    expect(doc.querySelector('h1')?.textContent).toBe('Saturday 26 September 2015');
    expect(doc.querySelector('li a')?.textContent).toBe(event.title);
    expect(doc.querySelector('li a')?.getAttribute('href')).toBe('/news/2015/09/26/a-slug');
    expect(doc.querySelectorAll('script')).toHaveLength(2);
  });

  it('puts links under the app’s base path', () => {
    const based = { base: '/dateline/', url: null };
    const file = renderDay(parseShell(SHELL, based), based, 'events', { day, events: [event] }).files[1];
    const doc = parseHtml(file.content);
    expect(doc.querySelector('ol li a')?.getAttribute('href')).toBe('/dateline/news/2015/09/20/here');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('/dateline/news/2015/09/26/a-slug');
  });
});

function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
