/**
 * `npx tsx bench/pages.ts [EVENTS] [RUNS]`: what the static pages cost at scale. Compiles the
 * generated corpus cold (as `npm run build:data` does) and writes the pages from that bundle (as
 * `npm run build` does after Vite), alternating, RUNS times; prints the medians, the files and
 * bytes written, and the gzipped size of a sample of event pages with their oEmbed JSON; then
 * builds the pages once more over the last site with nothing changed, as a rebuild after an edit
 * does (only pages whose bytes changed are written).
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compile } from '../src/compiler/compile.ts';
import { writePages } from '../src/pages/write-pages.ts';
import { CACHE, ensureCorpus } from './corpora.ts';

const events = Number(process.argv[2] ?? 150_000);
const runs = Number(process.argv[3] ?? 3);
const corpus = process.env.DATELINE_BENCH_CORPUS ?? ensureCorpus(events, 1).dir;
const site = join(CACHE, `pages-site-${process.pid}`);
// The source index.html as Vite would emit it, near enough for sizes: the base filled in.
const SHELL = readFileSync(join(import.meta.dirname, '..', 'index.html'), 'utf8').replaceAll('%BASE_URL%', '/');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const compileSeconds: number[] = [];
const pagesSeconds: number[] = [];
const compileCpu: number[] = [];
const pagesCpu: number[] = [];
/** User and system time of every thread of this process. */
const cpuSeconds = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1e6;
let stats;
for (let run = 0; run < runs; run++) {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  let started = performance.now();
  let cpu = process.cpuUsage();
  await compile({ src: corpus, out: join(site, 'data') });
  compileSeconds.push((performance.now() - started) / 1000);
  compileCpu.push(cpuSeconds(process.cpuUsage(cpu)));
  writeFileSync(join(site, 'index.html'), SHELL);
  started = performance.now();
  cpu = process.cpuUsage();
  stats = await writePages({ dist: site, site: { base: '/', url: 'https://dateline.example' }, mode: 'events' });
  pagesSeconds.push((performance.now() - started) / 1000);
  pagesCpu.push(cpuSeconds(process.cpuUsage(cpu)));
  console.log(
    `run ${run + 1}: compile ${compileSeconds.at(-1)!.toFixed(1)} s (CPU ${compileCpu.at(-1)!.toFixed(1)} s), pages ${pagesSeconds.at(-1)!.toFixed(1)} s (CPU ${pagesCpu.at(-1)!.toFixed(1)} s)`,
  );
}

// As Vite does before every build: the app's index.html, which the pages step rewrites.
writeFileSync(join(site, 'index.html'), SHELL);
const rebuildStarted = performance.now();
const again = await writePages({ dist: site, site: { base: '/', url: 'https://dateline.example' }, mode: 'events' });
const rebuildSeconds = (performance.now() - rebuildStarted) / 1000;

// Gzipped bytes per event: its page and its oEmbed JSON, over a sample of days.
let sampled = 0;
let gzipped = 0;
const year = readdirSync(join(site, 'news'))[0];
for (const month of readdirSync(join(site, 'news', year)))
  for (const entry of readdirSync(join(site, 'news', year, month), { withFileTypes: true }))
    if (entry.isDirectory())
      for (const file of readdirSync(join(site, 'news', year, month, entry.name))) {
        gzipped += gzipSync(readFileSync(join(site, 'news', year, month, entry.name, file))).length;
        if (file.endsWith('.html')) sampled++;
      }

const c = median(compileSeconds);
const p = median(pagesSeconds);
console.log(
  `${events} events, ${runs} runs: cold compile median ${c.toFixed(1)} s, pages median ${p.toFixed(1)} s (+${((100 * p) / c).toFixed(0)}%)`,
);
console.log(`CPU: compile median ${median(compileCpu).toFixed(1)} s, pages median ${median(pagesCpu).toFixed(1)} s`);
console.log(
  `pages: ${stats!.dayPages} day, ${stats!.eventPages} event; ${stats!.files} files, ${(stats!.bytes / 1e6).toFixed(0)} MB`,
);
console.log(
  `rebuild with nothing changed: pages ${rebuildSeconds.toFixed(1)} s, ${again.written.length} page files written, ${again.deleted.length} deleted`,
);
console.log(
  `gzipped per event (page + oEmbed, ${sampled} events of ${year}): ${(gzipped / sampled / 1024).toFixed(2)} KB`,
);
rmSync(site, { recursive: true, force: true });
