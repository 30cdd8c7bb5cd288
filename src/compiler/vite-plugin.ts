/**
 * Dev server only: watches the corpus, recompiles when a file is added, edited or removed, and
 * tells the open page with the custom HMR event `dateline:bundle` ({ buildId }) so it refetches
 * the manifest without a reload. A build session stays in memory (parse results, the file list,
 * the last day files), so a rebuild parses only the files the watcher reported and rewrites only
 * the days whose events changed: under 3 s at 150,000 events. The manifest is replaced last and atomically (write-bundle.ts),
 * so the page never reads a half-written bundle. The bundle is served from the output folder as
 * it is after each rebuild (serve-bundle.ts), and each rebuild holds the folder's lock
 * (out-folder.ts), so an `npm run build` at the same time waits its turn.
 */
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin, ViteDevServer } from 'vite';
import { compile, type BuildSession } from './compile.ts';
import { unsafeOutFolder, withOutputLock } from './out-folder.ts';
import { escapeControls, summaryLine } from './report.ts';
import { serveBundle } from './serve-bundle.ts';

export interface DatelineDataOptions {
  src?: string;
  out?: string;
}

/** A `npm run build:data` into the same folder takes seconds to minutes; a rebuild waits that long. */
const LOCK_WAIT_MS = 10 * 60_000;

/** Editors save in bursts (temp file, rename, touch); wait for the burst to end. */
const SETTLE_MS = 150;

export function datelineData(options: DatelineDataOptions = {}): Plugin {
  const src = resolve(options.src ?? (process.env.DATELINE_SRC || 'sample-corpus'));
  const out = resolve(options.out ?? 'public/data');
  const session: BuildSession = { cache: new Map() };
  let server: ViteDevServer | null = null;
  let pending = new Set<string>();
  /** A folder came or went: list the tree again rather than trust per-file reports. */
  let relist = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let lastBuildId: string | null = null;

  const newsDir = () => (src.endsWith(`${sep}news`) ? src : join(src, 'news'));

  async function rebuild(changed: Set<string> | undefined): Promise<void> {
    const started = performance.now();
    const root = server?.config.root ?? process.cwd();
    try {
      const unsafe = unsafeOutFolder(src, out);
      if (unsafe) throw new Error(`refusing to write the bundle there: ${unsafe}`);
      const result = await withOutputLock(
        out,
        () =>
          compile({
            src,
            out,
            session,
            changed,
            workerEntry: pathToFileURL(join(root, 'src/compiler/parse-worker.ts')),
          }),
        {
          waitMs: LOCK_WAIT_MS,
          onWait: (holder) =>
            server?.config.logger.info(`[dateline] waiting for the build ${holder} writing to ${out}`),
        },
      );
      const seconds = (performance.now() - started) / 1000;
      if (result.manifest.buildId !== lastBuildId) {
        if (lastBuildId !== null)
          server?.ws.send({ type: 'custom', event: 'dateline:bundle', data: { buildId: result.manifest.buildId } });
        if (lastBuildId !== null || changed)
          server?.config.logger.info(`[dateline] ${summaryLine(result.report, seconds)}`, { timestamp: true });
        lastBuildId = result.manifest.buildId;
      }
    } catch (error) {
      server?.config.logger.error(
        `[dateline] the corpus did not compile; the previous bundle stays: ${escapeControls((error as Error).message)}`,
      );
    }
  }

  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (running) return schedule();
      const changed = pending;
      pending = new Set();
      if (relist) session.tree = undefined;
      relist = false;
      running = rebuild(changed).finally(() => (running = null));
    }, SETTLE_MS);
  }

  return {
    name: 'dateline-data',
    // Vitest runs a dev server too; tests must not compile or watch the corpus.
    apply: (_config, env) => env.command === 'serve' && !process.env.VITEST,
    config: () => ({ server: { watch: { ignored: [`${out}/**`] } } }),
    configureServer(dev) {
      server = dev;
      // Before Vite's own middlewares, which know only the public files they were told of.
      dev.middlewares.use(serveBundle(out, `${dev.config.base}data/`));
      // `npm start` has just compiled (prestart); this fills the in-memory cache and takes the
      // current buildId, so later edits parse only what changed.
      running = rebuild(undefined).finally(() => (running = null));
      dev.watcher.add(newsDir());
      const onFile = (path: string) => {
        const underNews = relative(newsDir(), path);
        if (underNews.startsWith('..') || underNews === '') return;
        pending.add(underNews.split(sep).join('/'));
        schedule();
      };
      dev.watcher.on('add', onFile);
      dev.watcher.on('change', onFile);
      dev.watcher.on('unlink', onFile);
      const onFolder = (path: string) => {
        relist = true;
        onFile(path);
      };
      dev.watcher.on('addDir', onFolder);
      dev.watcher.on('unlinkDir', onFolder);
    },
  };
}
