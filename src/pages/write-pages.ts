/**
 * After `vite build`: the static pages beside the app in the output folder. Reads the bundle the
 * build copied into `<dist>/data`, writes a page for every day and event (as the mode says), the
 * oEmbed JSON, 404.html, embed.html, sitemap.xml, robots.txt, and the Content Security Policy as
 * a meta tag in every page and as `_headers`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { contentSecurityPolicy, headersFile, inlineScriptHashes, withCspMeta } from './csp.ts';
import { notFoundArticle } from './event-page.ts';
import { headTags, SITE_NAME } from './head.ts';
import { bundleDays, readManifest } from './read-bundle.ts';
import { renderDay, type PagesMode } from './render-day.ts';
import { parseShell } from './shell.ts';
import { absoluteUrl, type Site } from './site.ts';
import { robotsTxt, sitemapFiles, type TextFile } from './sitemap.ts';

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

export function writePages({ dist, site, mode }: PagesOptions): PagesStats {
  const stats: PagesStats = { dayPages: 0, eventPages: 0, files: 0, bytes: 0 };
  const write = (file: TextFile) => {
    const target = join(dist, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
    stats.files++;
    stats.bytes += Buffer.byteLength(file.content);
  };

  const built = readFileSync(join(dist, 'index.html'), 'utf8');
  const hashes = inlineScriptHashes(built);
  const html = withCspMeta(built, contentSecurityPolicy(hashes));
  const shell = parseShell(html, site);
  const manifest = readManifest(join(dist, 'data'));
  const description = `${manifest.eventCount.toLocaleString('en')} news events on a zoomable timeline.`;
  write({ path: 'index.html', content: withHead(html, headTags(site, { title: SITE_NAME, description, path: '/' })) });
  write({ path: 'embed.html', content: html });
  const notFoundHead = `<title>Page not found · ${SITE_NAME}</title>\n    <meta name="robots" content="noindex" />`;
  write({ path: '404.html', content: shell.render(notFoundHead, notFoundArticle(site)) });

  const paths = ['/'];
  for (const day of bundleDays(join(dist, 'data'), manifest)) {
    const pages = renderDay(shell, site, mode, day);
    for (const file of pages.files) write(file);
    paths.push(...pages.paths);
    if (mode !== 'none') stats.dayPages++;
    if (mode === 'events') stats.eventPages += day.events.length;
  }

  const root = absoluteUrl(site, '/');
  for (const file of sitemapFiles(
    paths.map((path) => absoluteUrl(site, path)),
    root,
  ))
    write(file);
  write({ path: 'robots.txt', content: robotsTxt(site.base, `${root}sitemap.xml`) });
  write({ path: '_headers', content: headersFile(hashes, site.base) });
  // Netlify and Cloudflare Pages: embeds are the app at any path under /embed/.
  write({ path: '_redirects', content: `${site.base}embed/*  ${site.base}embed.html  200\n` });
  return stats;
}

function withHead(html: string, tags: string): string {
  return html.replace(/<title>[^<]*<\/title>/, () => tags);
}
