import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapFiles, URLS_PER_SITEMAP } from '../../src/pages/sitemap.ts';

const urls = (n: number) => Array.from({ length: n }, (_, i) => `https://example.org/news/2015/09/26/e${i}`);
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);

describe('the sitemap', () => {
  it('is one urlset while it holds at most 50,000 URLs', () => {
    const files = sitemapFiles(urls(URLS_PER_SITEMAP), 'https://example.org/');
    expect(files.map((file) => file.path)).toEqual(['sitemap.xml']);
    expect(locs(files[0].content)).toHaveLength(URLS_PER_SITEMAP);
    expect(files[0].content).toContain('<urlset');
  });

  it('splits into files of at most 50,000 URLs under a sitemap index, each URL once', () => {
    const all = urls(URLS_PER_SITEMAP * 2 + 1);
    const files = sitemapFiles(all, 'https://example.org/');
    expect(files.map((file) => file.path)).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml', 'sitemap.xml']);
    expect(files.slice(0, 3).map((file) => locs(file.content).length)).toEqual([50_000, 50_000, 1]);
    expect(files.slice(0, 3).flatMap((file) => locs(file.content))).toEqual(all);
    expect(files[3].content).toContain('<sitemapindex');
    expect(locs(files[3].content)).toEqual([1, 2, 3].map((n) => `https://example.org/sitemap-${n}.xml`));
  });

  it('escapes & and quotes in URLs', () => {
    const [file] = sitemapFiles([`https://example.org/a?b=1&c="d"`], 'https://example.org/');
    expect(locs(file.content)).toEqual(['https://example.org/a?b=1&amp;c=&quot;d&quot;']);
  });

  it('is named in robots.txt, which keeps crawlers out of embeds', () => {
    expect(robotsTxt('/', 'https://example.org/sitemap.xml')).toBe(
      'User-agent: *\nDisallow: /embed/\n\nSitemap: https://example.org/sitemap.xml\n',
    );
  });
});
