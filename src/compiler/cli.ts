/**
 * `npm run build:data -- --src DIR --out DIR [--report FILE] [--strict]`
 * Exit codes: 0 compiled; 1 compiled but --strict and something was rejected;
 * 2 nothing compiled (bad arguments, missing or empty source folder, an --out or --report that
 * cannot be written, write failure, another build holding --out past --wait seconds).
 * Every run is a full build; incremental rebuilds happen in the dev server's watcher
 * (vite-plugin.ts), which keeps parse results and day files in memory between builds.
 */
import { closeSync, existsSync, openSync, unlinkSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { compile } from './compile.ts';
import { createProgress } from './progress.ts';
import { SourceError } from './read-tree.ts';
import { problemLine, summaryLine, type Report } from './report.ts';
import { unsafeOutFolder, withOutputLock } from './out-folder.ts';

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
        wait: { type: 'string', default: '600' },
      },
    }));
  } catch (error) {
    process.stderr.write(
      `${(error as Error).message}\nusage: build:data -- [--src DIR] [--out DIR] [--report FILE] [--strict] [--verbose] [--follow-symlinks] [--wait SECONDS]\n`,
    );
    return 2;
  }
  const started = performance.now();
  try {
    const unsafe = unsafeOutFolder(values.src, values.out);
    if (unsafe) throw new SourceError(`refusing to write the bundle there: ${unsafe}`);
    if (values.report) checkWritable(values.report);
    const { report, timings, stats, parsedFiles } = await withOutputLock(
      values.out,
      () =>
        compile({
          src: values.src,
          out: values.out,
          followSymlinks: values['follow-symlinks'],
          progress: (tree) => createProgress(process.stderr, tree.files.length),
        }),
      {
        waitMs: Number(values.wait) * 1000,
        onWait: (holder) =>
          process.stderr.write(`build:data: waiting for the build ${holder} writing to ${values.out}\n`),
      },
    );
    const seconds = (performance.now() - started) / 1000;
    if (values.report) writeReport(values.report, values.out, report);
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

/** Checked before the build, so a bad --report path fails with the previous bundle in place. */
function checkWritable(path: string): void {
  const existed = existsSync(path);
  try {
    closeSync(openSync(path, 'a'));
  } catch (error) {
    throw new SourceError(`cannot write the report to ${path} (${(error as Error).message}); nothing was compiled`);
  }
  if (!existed) unlinkSync(path);
}

function writeReport(path: string, out: string, report: Report): void {
  try {
    writeFileSync(path, JSON.stringify(report, null, 2) + '\n');
  } catch (error) {
    throw new SourceError(
      `the bundle in ${out} was replaced, but the report could not be written to ${path}: ${(error as Error).message}`,
    );
  }
}

process.exitCode = await main();
