/** sitemap.xml (https://www.sitemaps.org): one file up to 50,000 URLs, else numbered files and an index. */
import { escapeHtml } from '../lib/escape-html.ts';

export const URLS_PER_SITEMAP = 50_000;

export interface TextFile {
  path: string;
  content: string;
}

const XML = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

/** `urls` absolute; `siteRoot` the absolute URL the sitemap files live under (ends with a slash). */
export function sitemapFiles(urls: string[], siteRoot: string, perFile = URLS_PER_SITEMAP): TextFile[] {
  const urlset = (chunk: string[]) =>
    `${XML}<urlset ${NS}>\n${chunk.map((url) => `<url><loc>${escapeHtml(url)}</loc></url>\n`).join('')}</urlset>\n`;
  if (urls.length <= perFile) return [{ path: 'sitemap.xml', content: urlset(urls) }];
  const files: TextFile[] = [];
  for (let start = 0; start < urls.length; start += perFile)
    files.push({ path: `sitemap-${files.length + 1}.xml`, content: urlset(urls.slice(start, start + perFile)) });
  const entries = files.map((file) => `<sitemap><loc>${escapeHtml(siteRoot + file.path)}</loc></sitemap>\n`);
  return [
    ...files,
    { path: 'sitemap.xml', content: `${XML}<sitemapindex ${NS}>\n${entries.join('')}</sitemapindex>\n` },
  ];
}

export function robotsTxt(base: string, sitemapUrl: string): string {
  return `User-agent: *\nDisallow: ${base}embed/\n\nSitemap: ${sitemapUrl}\n`;
}
