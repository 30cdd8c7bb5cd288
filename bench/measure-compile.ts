/**
 * Compiler throughput: cold builds (output folder removed first; the compiler keeps no cache on
 * disk) and incremental rebuilds after editing one source file, each run as a child process.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSize, type BundleSize } from './bundle-size.ts';
import { CACHE, ROOT, sampleEventFile, type CorpusInfo } from './corpora.ts';
import { runMeasured, type ChildRun } from './run-child.ts';
import { spread, type Spread } from './stats.ts';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

export interface CompileResult {
  events: number;
  corpusDir: string;
  sourceFiles: number;
  sourceBytes: number;
  outDir: string;
  coldMs: Spread;
  /** CPU time of the cold builds (all threads): more work, as against more waiting. */
  coldCpuMs: Spread;
  peakRssBytes: Spread;
  filesPerSecond: number;
  megabytesPerSecond: number;
  bundle: BundleSize | null;
  incrementalMs: Spread | null;
  /** What the compiler said about the corpus (its summary line). */
  summary: string;
  failures: string[];
}

export async function measureCompile(corpus: CorpusInfo, runs: number): Promise<CompileResult> {
  const outDir = join(CACHE, `out-${corpus.events}`);
  const report = join(CACHE, `report-${corpus.events}.json`);
  const failures: string[] = [];
  const cold: ChildRun[] = [];
  for (let run = 0; run < runs; run++) {
    rmSync(outDir, { recursive: true, force: true });
    const result = await compileOnce(corpus.dir, outDir, report);
    log(`  cold compile ${run + 1}/${runs}`, result);
    if (result.code === 0) cold.push(result);
    else failures.push(`cold compile exited ${result.code}: ${tail(result.stderr)}`);
  }
  const incremental = cold.length > 0 ? await measureIncremental(corpus, outDir, runs, failures) : [];
  const coldMs = spread(cold.map((r) => r.wallMs));
  return {
    events: corpus.events,
    corpusDir: corpus.dir,
    sourceFiles: corpus.files,
    sourceBytes: corpus.bytes,
    outDir,
    coldMs,
    coldCpuMs: spread(cold.map((r) => r.cpuMs)),
    peakRssBytes: spread(cold.map((r) => r.peakRssBytes)),
    filesPerSecond: corpus.files / (coldMs.median / 1000),
    megabytesPerSecond: corpus.bytes / 1e6 / (coldMs.median / 1000),
    bundle: existsSync(join(outDir, 'manifest.json')) ? bundleSize(outDir) : null,
    incrementalMs: incremental.length > 0 ? spread(incremental) : null,
    summary: cold.at(-1)?.stdout.trim().split('\n').at(-1) ?? '',
    failures,
  };
}

function compileOnce(src: string, out: string, report: string, flags: string[] = []): Promise<ChildRun> {
  const [command, ...args] = compilerCommand();
  return runMeasured(command, [...args, '--src', src, '--out', out, '--report', report, ...flags], ROOT);
}

/** The compiler exactly as `npm run build:data` starts it (its Node flags matter for memory). */
function compilerCommand(): string[] {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> })
    .scripts;
  const words = (scripts?.['build:data'] ?? 'tsx src/compiler/cli.ts').trim().split(/\s+/);
  if (words[0] === 'node') words[0] = process.execPath;
  else if (words[0] === 'tsx') words[0] = TSX;
  return words;
}

/**
 * Rebuilds after an edit to one file inside one long-lived build session, as `npm start`'s
 * watcher does (bench/incremental.ts); the session's first, cold build is not timed.
 */
async function measureIncremental(
  corpus: CorpusInfo,
  outDir: string,
  runs: number,
  failures: string[],
): Promise<number[]> {
  const file = sampleEventFile(corpus.dir);
  const result = await runMeasured(
    process.execPath,
    [
      // The flags of build:data: a session at a million events holds more than Node's default heap.
      '--max-semi-space-size=64',
      '--max-old-space-size=12288',
      '--import',
      'tsx',
      join('bench', 'incremental.ts'),
      corpus.dir,
      outDir,
      file,
      String(runs),
    ],
    ROOT,
  );
  log('  build session (cold build + incremental rebuilds)', result);
  if (result.code !== 0) {
    failures.push(`incremental rebuilds exited ${result.code}: ${tail(result.stderr)}`);
    return [];
  }
  const line = result.stdout.trim().split('\n').at(-1) ?? '{}';
  const { rebuildMs } = JSON.parse(line) as { rebuildMs: number[] };
  rebuildMs.forEach((ms, i) => console.log(`  incremental ${i + 1}/${runs}: ${(ms / 1000).toFixed(2)} s`));
  return rebuildMs;
}

function log(label: string, run: ChildRun): void {
  const rss = Number.isFinite(run.peakRssBytes) ? `${(run.peakRssBytes / 1e6).toFixed(0)} MB` : 'n/a';
  const cpu = Number.isFinite(run.cpuMs) ? `, CPU ${(run.cpuMs / 1000).toFixed(2)} s` : '';
  console.log(`${label}: ${(run.wallMs / 1000).toFixed(2)} s${cpu}, peak RSS ${rss}, exit ${run.code}`);
}

function tail(text: string): string {
  return text.trim().split('\n').slice(-5).join(' | ');
}
