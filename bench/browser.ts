/**
 * `npm run bench [-- --sizes 10000,150000 | --events 1000000] [--runs N]`
 * Compiles the (cached) corpora, builds the app, serves each corpus with `vite preview`, and
 * drives Chromium through load, gestures, a deep link and a tag click: a warm-up run, then N
 * measured runs. Prints the compile and browser tables and writes bench/results.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBenchArgs } from './args.ts';
import { launchBrowser } from './browser-session.ts';
import { browserRun, type BrowserRun } from './browser-run.ts';
import { browserTable, type SizeRuns } from './browser-table.ts';
import { printCompileResults, runCompileBench } from './compile-bench.ts';
import { ROOT, sampleEventFile, sampleEventPath } from './corpora.ts';
import { searchQueries } from './measure-search.ts';
import { machineInfo } from './machine.ts';
import { buildApp, makeSite, startPreview } from './serve.ts';
import { storyToOpen } from './story-target.ts';

const argv = process.argv.slice(2);
const args = parseBenchArgs(argv);
const compile = await runCompileBench(argv);
printCompileResults(compile);

console.log('\nbuilding the app ...');
const app = buildApp();
const sizes: SizeRuns[] = [];
for (const result of compile) {
  if (!result.bundle) {
    console.log(`${result.events}: no compiled bundle, skipping the browser runs`);
    continue;
  }
  const eventPath = sampleEventPath(result.corpusDir);
  const story = storyToOpen(result.outDir);
  const title = /^# (.*)$/m.exec(readFileSync(sampleEventFile(result.corpusDir), 'utf8'))?.[1] ?? '';
  const queries = searchQueries(title);
  const preview = await startPreview(makeSite(app, result.outDir, String(result.events)));
  const browser = await launchBrowser();
  try {
    const runs: BrowserRun[] = [];
    for (let i = 0; i <= args.runs; i++) {
      const run = await browserRun(browser, preview.url, eventPath, queries, story);
      const label = i === 0 ? 'warm-up' : `run ${i}/${args.runs}`;
      console.log(`${result.events} ${label}: ${summarise(run)}`);
      if (i > 0) runs.push(run);
    }
    sizes.push({ events: result.events, runs });
  } finally {
    await browser.close();
    preview.stop();
  }
}

console.log(`\nBrowser (Chromium ${'1440x900'}, median (min-max) of ${args.runs} runs after a warm-up)\n`);
console.log(browserTable(sizes));
for (const size of sizes) {
  const errors = [...new Set(size.runs.flatMap((r) => r.errors))];
  for (const error of errors) console.log(`${size.events}: ${error}`);
  const signal = size.runs.find((r) => r.deepLink)?.deepLink?.tagFilterSignal;
  if (signal && signal !== 'painted-filter')
    console.log(`${size.events}: tag filter timed by ${signal} (no data-painted-filter)`);
}
const file = join(ROOT, 'bench', 'results.json');
writeFileSync(file, `${JSON.stringify({ machine: machineInfo(), args, compile, browser: sizes }, null, 2)}\n`);
console.log(`\nwrote ${file}`);

function summarise(run: BrowserRun): string {
  const parts = [
    run.load ? `ready ${run.load.readyMs.toFixed(0)} ms` : 'not ready',
    run.interaction ? `p95 ${run.interaction.frameP95Ms.toFixed(1)} ms` : '',
    run.brush ? `brush p95 ${run.brush.frameP95Ms.toFixed(1)} ms` : '',
    run.deepLink ? `panel ${run.deepLink.panelMs.toFixed(0)} ms, filter ${run.deepLink.tagFilterMs.toFixed(0)} ms` : '',
    run.search ? `search ${run.search.queries.map((q) => `"${q.text}" ${q.results}`).join(', ')}` : '',
    run.errors.length ? `errors: ${run.errors.join('; ')}` : '',
  ];
  return parts.filter(Boolean).join(', ');
}
