/**
 * `npx tsx bench/pages.ts [EVENTS] [RUNS]`: what the static pages cost at scale. Compiles the
 * generated corpus cold (as `npm run build:data` does) and writes the pages from that bundle (as
 * `npm run build` does after Vite), alternating, RUNS times, each run into a new folder, as a
 * fresh checkout builds; prints each run's times with a breakdown of the pages step, the medians,
 * the files and bytes written, and the gzipped size of a sample of event pages with their oEmbed
 * JSON; then builds the pages once more over the last site with nothing changed, as a rebuild
 * after an edit does (only pages whose bytes changed are written). The sites are deleted only
 * after everything is timed: deleting a site of a gigabyte keeps the file system busy well into
 * whatever writes next.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compile } from '../src/compiler/compile.ts';
import { writePages, type PagesStats } from '../src/pages/write-pages.ts';
import { CACHE, ensureCorpus } from './corpora.ts';

const events = Number(process.argv[2] ?? 150_000);
const runs = Number(process.argv[3] ?? 3);
const corpus = process.env.DATELINE_BENCH_CORPUS ?? ensureCorpus(events, 1).dir;
const sites = Array.from({ length: runs }, (_, run) => join(CACHE, `pages-site-${process.pid}-${run + 1}`));
// The source index.html as Vite would emit it, near enough for sizes: the base filled in.
const SHELL = readFileSync(join(import.meta.dirname, '..', 'index.html'), 'utf8').replaceAll('%BASE_URL%', '/');
const SITE = { base: '/', url: 'https://dateline.example' };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const load = () =>
  `load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}`;
/** User and system time of every thread of this process. */
const cpuSeconds = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1e6;
/** Where the pages' time went: wall time of the main thread's steps, thread time of the batches'. */
const breakdown = ({ timings: t }: PagesStats) =>
  `before ${seconds(t.before)}, batches ${seconds(t.batches)} (threads: read ${seconds(t.threads.read)}, render ${seconds(t.threads.render)}, write ${seconds(t.threads.write)}), after ${seconds(t.after)}`;

const compileSeconds: number[] = [];
const pagesSeconds: number[] = [];
const compileCpu: number[] = [];
const pagesCpu: number[] = [];
let stats: PagesStats | undefined;
try {
  console.log(`${events} events, ${runs} runs; ${load()}`);
  for (const [run, site] of sites.entries()) {
    if (existsSync(site)) throw new Error(`${site} is in the way`);
    mkdirSync(site, { recursive: true });
    let started = performance.now();
    let cpu = process.cpuUsage();
    await compile({ src: corpus, out: join(site, 'data') });
    compileSeconds.push((performance.now() - started) / 1000);
    compileCpu.push(cpuSeconds(process.cpuUsage(cpu)));
    writeFileSync(join(site, 'index.html'), SHELL);
    started = performance.now();
    cpu = process.cpuUsage();
    stats = await writePages({ dist: site, site: SITE, mode: 'events' });
    pagesSeconds.push((performance.now() - started) / 1000);
    pagesCpu.push(cpuSeconds(process.cpuUsage(cpu)));
    const [c, p] = [compileSeconds.at(-1)!, pagesSeconds.at(-1)!];
    console.log(
      `run ${run + 1}: compile ${c.toFixed(1)} s (CPU ${compileCpu.at(-1)!.toFixed(1)} s), pages ${p.toFixed(1)} s (CPU ${pagesCpu.at(-1)!.toFixed(1)} s), +${((100 * p) / c).toFixed(0)}%; ${load()}`,
    );
    console.log(`  pages: ${breakdown(stats)}`);
  }

  // As Vite does before every build: the app's index.html, which the pages step rewrites.
  const last = sites.at(-1)!;
  writeFileSync(join(last, 'index.html'), SHELL);
  const rebuildStarted = performance.now();
  const again = await writePages({ dist: last, site: SITE, mode: 'events' });
  const rebuildSeconds = (performance.now() - rebuildStarted) / 1000;

  // Gzipped bytes per event: its page and its oEmbed JSON, over a sample of days.
  let sampled = 0;
  let gzipped = 0;
  const year = readdirSync(join(last, 'news'))[0];
  for (const month of readdirSync(join(last, 'news', year)))
    for (const entry of readdirSync(join(last, 'news', year, month), { withFileTypes: true }))
      if (entry.isDirectory())
        for (const file of readdirSync(join(last, 'news', year, month, entry.name))) {
          gzipped += gzipSync(readFileSync(join(last, 'news', year, month, entry.name, file))).length;
          if (file.endsWith('.html')) sampled++;
        }

  const c = median(compileSeconds);
  const p = median(pagesSeconds);
  console.log(
    `medians: cold compile ${c.toFixed(1)} s, pages ${p.toFixed(1)} s (+${((100 * p) / c).toFixed(0)}%); CPU: compile ${median(compileCpu).toFixed(1)} s, pages ${median(pagesCpu).toFixed(1)} s`,
  );
  console.log(
    `pages: ${stats!.dayPages} day, ${stats!.eventPages} event; ${stats!.files} files, ${(stats!.bytes / 1e6).toFixed(0)} MB`,
  );
  console.log(
    `rebuild with nothing changed: pages ${rebuildSeconds.toFixed(1)} s, ${again.written.length} page files written, ${again.deleted.length} deleted`,
  );
  console.log(`  pages: ${breakdown(again)}`);
  console.log(
    `gzipped per event (page + oEmbed, ${sampled} events of ${year}): ${(gzipped / sampled / 1024).toFixed(2)} KB`,
  );
} finally {
  // Alternating invocations (before, after, ...) set DATELINE_BENCH_TRASH to a folder on the same
  // file system: the sites are moved there, to be deleted once all are done.
  const trash = process.env.DATELINE_BENCH_TRASH;
  if (trash) mkdirSync(trash, { recursive: true });
  for (const site of sites)
    if (trash && existsSync(site)) renameSync(site, join(trash, basename(site)));
    else rmSync(site, { recursive: true, force: true });
}
