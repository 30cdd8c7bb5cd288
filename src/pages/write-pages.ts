/**
 * After `vite build`: the static pages beside the app in the output folder. Reads the bundle the
 * build copied into `<dist>/data`, writes a page for every day and event (as the mode says), the
 * oEmbed JSON, 404.html, embed.html, sitemap.xml, robots.txt, and the Content Security Policy as
 * a meta tag in every page and as `_headers`. The pages of each index shard are rendered and
 * written on worker threads (page-batch.ts); over the pages of an earlier build, only pages whose
 * bytes changed are written, and those of events that are gone are deleted (kept-pages.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBatches } from '../compiler/worker-pool.ts';
import { contentSecurityPolicy, headersFile, inlineScriptHashes, withCspMeta } from './csp.ts';
import { notFoundArticle } from './event-page.ts';
import { headTags, SITE_NAME } from './head.ts';
import { pageBatchJob, type PageBatch, type PageBatchResult, type PageTimings } from './page-batch.ts';
import { deleteStalePages, PAGES_DIR } from './kept-pages.ts';
import { readManifest } from './read-bundle.ts';
import type { PagesMode } from './render-day.ts';
import { parseShell } from './shell.ts';
import { absoluteUrl, type Site } from './site.ts';
import { robotsTxt, sitemapFiles, type TextFile } from './sitemap.ts';

export interface PagesOptions {
  dist: string;
  site: Site;
  mode: PagesMode;
  /** Render on worker threads when the site is big enough (default true). */
  threads?: boolean | 'always';
  /** Where page-worker.ts is, for callers bundled elsewhere (Vite bundles its config). */
  workerEntry?: URL;
}

export interface PagesStats {
  dayPages: number;
  eventPages: number;
  files: number;
  bytes: number;
  /** Page files (under news/) written by this build, and deleted as gone since the last one. */
  written: string[];
  deleted: string[];
  /**
   * Milliseconds: wall time before the batches (templates, manifest, site files), of the batches,
   * and after them (stale pages, sitemap); and the batches' thread time by step, over all threads.
   */
  timings: { before: number; batches: number; after: number; threads: PageTimings };
}

/** writePages calls in this process, so that each build's batches say which build they are of. */
let builds = 0;

export async function writePages(options: PagesOptions): Promise<PagesStats> {
  const { dist, site, mode } = options;
  const started = performance.now();
  // The site's own files, a handful; the pages are written by the batches below.
  let files = 0;
  let bytes = 0;
  const write = (file: TextFile) => {
    writeFileSync(join(dist, file.path), file.content);
    files++;
    bytes += Buffer.byteLength(file.content);
  };

  // Comments are for the source; every page would carry them.
  const built = readFileSync(join(dist, 'index.html'), 'utf8').replace(/\s*<!--[\s\S]*?-->/g, '');
  const hashes = inlineScriptHashes(built);
  const html = withCspMeta(built, contentSecurityPolicy(hashes));
  const shell = parseShell(html, site);
  const manifest = readManifest(join(dist, 'data'));
  const description = `${manifest.eventCount.toLocaleString('en')} news events on a zoomable timeline.`;
  write({
    path: 'index.html',
    content: withHead(html, headTags(site, { title: SITE_NAME, description, path: '/' })),
  });
  write({ path: 'embed.html', content: html });
  const notFoundHead = `<title>Page not found · ${SITE_NAME}</title>\n    <meta name="robots" content="noindex" />`;
  write({ path: '404.html', content: shell.render(notFoundHead, notFoundArticle(site)) });

  const incremental = existsSync(join(dist, PAGES_DIR));
  const build = ++builds;
  const batches = manifest.shards.map((_, shard): PageBatch => ({ dist, html, site, mode, shard, incremental, build }));
  const results: PageBatchResult[] = [];
  const batchesStarted = performance.now();
  await runBatches(pageBatchJob, batches, manifest.eventCount, (result) => results.push(result), {
    threads: options.threads ?? true,
    workerEntry: options.workerEntry ?? new URL('./page-worker.ts', import.meta.url),
  });
  const batchesDone = performance.now();
  results.sort((a, b) => a.shard - b.shard);
  const pageFiles = results.flatMap((result) => result.files);
  const deleted = incremental ? deleteStalePages(dist, new Set(pageFiles)) : [];

  const paths = ['/', ...results.flatMap((result) => result.paths)];

  const root = absoluteUrl(site, '/');
  const urls = paths.map((path) => absoluteUrl(site, path));
  for (const file of sitemapFiles(urls, root)) write(file);
  write({ path: 'robots.txt', content: robotsTxt(site.base, `${root}sitemap.xml`) });
  write({ path: '_headers', content: headersFile(hashes, site.base) });
  // Netlify and Cloudflare Pages: embeds are the app at any path under /embed/.
  write({ path: '_redirects', content: `${site.base}embed/*  ${site.base}embed.html  200\n` });
  const sum = (key: 'dayPages' | 'eventPages' | 'bytes') => results.reduce((total, result) => total + result[key], 0);
  const threadTime = (step: keyof PageTimings) => results.reduce((total, result) => total + result.timings[step], 0);
  return {
    dayPages: sum('dayPages'),
    eventPages: sum('eventPages'),
    files: files + pageFiles.length,
    bytes: bytes + sum('bytes'),
    written: results.flatMap((result) => result.written),
    deleted,
    timings: {
      before: batchesStarted - started,
      batches: batchesDone - batchesStarted,
      after: performance.now() - batchesDone,
      threads: { read: threadTime('read'), render: threadTime('render'), write: threadTime('write') },
    },
  };
}

function withHead(html: string, tags: string): string {
  return html.replace(/<title>[^<]*<\/title>/, () => tags);
}
