/**
 * Static pages for every event and day, beside the app: written after `vite build` (write-pages.ts),
 * which no longer empties the output folder itself: this plugin does, keeping the pages of the last
 * build, so that the next one writes only the pages that changed (kept-pages.ts);
 * served by `vite preview` as a static host would (a page at its path without `.html`, unknown
 * paths answered with 404.html and status 404, `/embed/...` with embed.html), and rendered on
 * request by the dev server from the bundle it keeps up to date.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin, ResolvedConfig } from 'vite';
import { renderDevPage } from './dev-page.ts';
import { NO_SITE_URL_WARNING, pagesSettings } from './options.ts';
import { emptyKeepingPages } from './kept-pages.ts';
import { writePages } from './write-pages.ts';

export interface DatelinePagesOptions {
  /** Where the dev server's bundle is (default public/data, as the data plugin writes it). */
  devData?: string;
}

export function datelinePages(options: DatelinePagesOptions = {}): Plugin {
  let config: ResolvedConfig;
  const settings = pagesSettings(process.env);
  const site = () => ({ base: config.base, url: settings.siteUrl });
  const outDir = () => resolve(config.root, config.build.outDir);
  /** Whether Vite would have emptied the output folder (asked to, or by default inside the root). */
  let asked: boolean | undefined;

  return {
    name: 'dateline-pages',
    config(user) {
      asked = user.build?.emptyOutDir ?? undefined;
      return { build: { emptyOutDir: false } };
    },
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      if (config.command !== 'build' || config.build.ssr) return;
      const below = relative(config.root, outDir());
      const inRoot = below !== '' && !below.startsWith('..') && !isAbsolute(below);
      if (asked ?? inRoot) emptyKeepingPages(outDir());
    },
    closeBundle: {
      order: 'post',
      async handler() {
        if (config.command !== 'build' || config.build.ssr) return;
        if (!settings.siteUrl) config.logger.warn(`[dateline] ${NO_SITE_URL_WARNING}`);
        const started = performance.now();
        const stats = await writePages({
          dist: outDir(),
          site: site(),
          mode: settings.mode,
          workerEntry: pathToFileURL(join(config.root, 'src/pages/page-worker.ts')),
        });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        config.logger.info(
          `[dateline] pages (${settings.mode}): ${stats.dayPages} day, ${stats.eventPages} event; ${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB; ${stats.written.length} pages written, ${stats.deleted.length} deleted, in ${seconds} s`,
        );
      },
    },
    configurePreviewServer(server) {
      const dist = outDir();
      server.middlewares.use((req, res, next) => {
        const path = appPath(req, config.base);
        if (path === null || path === '/' || isFile(join(dist, path)) || isFile(join(dist, `${path}.html`)))
          return next();
        if (path.startsWith('/embed/')) {
          req.url = `${config.base}embed.html`;
          return next();
        }
        sendHtml(res, req, 404, readFileSync(join(dist, '404.html'), 'utf8'));
      });
    },
    configureServer(server) {
      const dataDir = resolve(options.devData ?? 'public/data');
      server.middlewares.use((req, res, next) => {
        const path = appPath(req, config.base);
        if (path === null || !wantsHtml(req)) return next();
        if (path.startsWith('/embed/')) {
          req.url = config.base;
          return next();
        }
        const template = readFileSync(join(config.root, 'index.html'), 'utf8');
        server
          .transformIndexHtml(req.url ?? '/', template)
          .then((indexHtml) => {
            const page = renderDevPage(dataDir, site(), indexHtml, path);
            if (page === null) next();
            else sendHtml(res, req, 200, page);
          })
          .catch(next);
      });
    },
  };
}

/** The request's path below the app's base; null for anything but GET and HEAD. */
function appPath(req: IncomingMessage, base: string): string | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
  } catch {
    return '/\u0000';
  }
  const root = base.replace(/\/$/, '');
  return pathname.startsWith(root) ? pathname.slice(root.length) || '/' : null;
}

function wantsHtml(req: IncomingMessage): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

function sendHtml(res: ServerResponse, req: IncomingMessage, status: number, html: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.end(req.method === 'HEAD' ? undefined : html);
}
