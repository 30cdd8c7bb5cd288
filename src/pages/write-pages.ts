/**
 * After `vite build`: the static pages beside the app in the output folder. Reads the bundle the
 * build copied into `<dist>/data`, writes a page for every day and event (as the mode says), the
 * oEmbed JSON, 404.html, embed.html, sitemap.xml, robots.txt, and the Content Security Policy as
 * a meta tag in every page and as `_headers`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentSecurityPolicy, headersFile, inlineScriptHashes, withCspMeta } from './csp.ts';
import { notFoundArticle } from './event-page.ts';
import { FileWriter } from './file-writer.ts';
import { headTags, SITE_NAME } from './head.ts';
import { bundleDays, readManifest } from './read-bundle.ts';
import { renderDay, type PagesMode } from './render-day.ts';
import { parseShell } from './shell.ts';
import { absoluteUrl, type Site } from './site.ts';
import { robotsTxt, sitemapFiles } from './sitemap.ts';

export interface PagesOptions {
  dist: string;
  site: Site;
  mode: PagesMode;
}

export interface PagesStats {
  dayPages: number;
  eventPages: number;
  files: number;
  bytes: number;
}

export async function writePages({ dist, site, mode }: PagesOptions): Promise<PagesStats> {
  let dayPages = 0;
  let eventPages = 0;
  const writer = new FileWriter(dist);
  const write = (file: { path: string; content: string }) => writer.write(file);

  // Comments are for the source; every page would carry them.
  const built = readFileSync(join(dist, 'index.html'), 'utf8').replace(/\s*<!--[\s\S]*?-->/g, '');
  const hashes = inlineScriptHashes(built);
  const html = withCspMeta(built, contentSecurityPolicy(hashes));
  const shell = parseShell(html, site);
  const manifest = readManifest(join(dist, 'data'));
  const description = `${manifest.eventCount.toLocaleString('en')} news events on a zoomable timeline.`;
  await write({
    path: 'index.html',
    content: withHead(html, headTags(site, { title: SITE_NAME, description, path: '/' })),
  });
  await write({ path: 'embed.html', content: html });
  const notFoundHead = `<title>Page not found · ${SITE_NAME}</title>\n    <meta name="robots" content="noindex" />`;
  await write({ path: '404.html', content: shell.render(notFoundHead, notFoundArticle(site)) });

  const paths = ['/'];
  for (const day of bundleDays(join(dist, 'data'), manifest)) {
    const pages = renderDay(shell, site, mode, day);
    for (const file of pages.files) await write(file);
    paths.push(...pages.paths);
    if (mode !== 'none') dayPages++;
    if (mode === 'events') eventPages += day.events.length;
  }

  const root = absoluteUrl(site, '/');
  const urls = paths.map((path) => absoluteUrl(site, path));
  for (const file of sitemapFiles(urls, root)) await write(file);
  await write({ path: 'robots.txt', content: robotsTxt(site.base, `${root}sitemap.xml`) });
  await write({ path: '_headers', content: headersFile(hashes, site.base) });
  // Netlify and Cloudflare Pages: embeds are the app at any path under /embed/.
  await write({ path: '_redirects', content: `${site.base}embed/*  ${site.base}embed.html  200\n` });
  await writer.done();
  return { dayPages, eventPages, files: writer.files, bytes: writer.bytes };
}

function withHead(html: string, tags: string): string {
  return html.replace(/<title>[^<]*<\/title>/, () => tags);
}
