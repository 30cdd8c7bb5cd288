/**
 * `npm run build:data -- --src DIR --out DIR [--report FILE] [--strict]`
 * Exit codes: 0 compiled; 1 compiled but --strict and something was rejected;
 * 2 nothing compiled (bad arguments, missing or empty source folder, write failure).
 * Every run is a full build; incremental rebuilds happen in the dev server's watcher
 * (vite-plugin.ts), which keeps parse results and day files in memory between builds.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { compile } from './compile.ts';
import { createProgress } from './progress.ts';
import { SourceError } from './read-tree.ts';
import { problemLine, summaryLine } from './report.ts';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        src: { type: 'string', default: process.env.DATELINE_SRC || 'sample-corpus' },
        out: { type: 'string', default: 'public/data' },
        report: { type: 'string' },
        strict: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        'follow-symlinks': { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    process.stderr.write(
      `${(error as Error).message}\nusage: build:data -- [--src DIR] [--out DIR] [--report FILE] [--strict] [--verbose] [--follow-symlinks]\n`,
    );
    return 2;
  }
  const started = performance.now();
  try {
    const { report, timings, stats, parsedFiles } = await compile({
      src: values.src,
      out: values.out,
      followSymlinks: values['follow-symlinks'],
      progress: (tree) => createProgress(process.stderr, tree.files.length),
    });
    const seconds = (performance.now() - started) / 1000;
    if (values.report) writeFileSync(values.report, JSON.stringify(report, null, 2) + '\n');
    // Rejections always show; warnings only with --verbose (or in the report), as there can be thousands.
    for (const problem of report.rejected) process.stderr.write(problemLine('rejected', problem) + '\n');
    if (values.verbose) {
      for (const problem of report.duplicates) process.stderr.write(problemLine('duplicate', problem) + '\n');
      for (const problem of report.warnings) process.stderr.write(problemLine('warning', problem) + '\n');
      const steps = Object.entries(timings).map(([step, s]) => `${step} ${s.toFixed(1)} s`);
      process.stderr.write(
        `${steps.join(', ')}; files parsed ${parsedFiles}, written ${stats.written}, unchanged ${stats.unchanged}, deleted ${stats.deleted}\n`,
      );
    }
    process.stdout.write(summaryLine(report, seconds) + '\n');
    return values.strict && report.rejected.length > 0 ? 1 : 0;
  } catch (error) {
    const message = error instanceof SourceError ? error.message : `the build failed: ${(error as Error).stack}`;
    process.stderr.write(`build:data: ${message}\n`);
    return 2;
  }
}

process.exitCode = await main();
