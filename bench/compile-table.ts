/** The bench:compile table: one row per figure, one column per corpus size, then the target. */
import type { CompileResult } from './measure-compile.ts';
import type { Spread } from './stats.ts';
import { formatBytes, formatMs, formatTable } from './table.ts';

type Row = [label: string, cell: (r: CompileResult) => string, target: string];

export function spreadOf(s: Spread | null, unit: (n: number) => string): string {
  if (!s || !Number.isFinite(s.median)) return 'n/a';
  return s.min === s.max ? unit(s.median) : `${unit(s.median)} (${unit(s.min)}-${unit(s.max)})`;
}

const ROWS: Row[] = [
  ['source files', (r) => String(r.sourceFiles), ''],
  ['source size', (r) => formatBytes(r.sourceBytes), ''],
  ['cold compile, wall', (r) => spreadOf(r.coldMs, formatMs), '<= 30 s at 150k'],
  ['cold compile, CPU (user + sys)', (r) => spreadOf(r.coldCpuMs, formatMs), ''],
  ['files/s', (r) => (Number.isFinite(r.filesPerSecond) ? r.filesPerSecond.toFixed(0) : 'n/a'), ''],
  ['MB/s (source)', (r) => (Number.isFinite(r.megabytesPerSecond) ? r.megabytesPerSecond.toFixed(1) : 'n/a'), ''],
  ['peak RSS', (r) => spreadOf(r.peakRssBytes, formatBytes), '< 1.5 GB'],
  ['bundle files', (r) => (r.bundle ? String(r.bundle.files) : 'n/a'), ''],
  ['bundle raw', (r) => (r.bundle ? formatBytes(r.bundle.rawBytes) : 'n/a'), ''],
  ['bundle gzip', (r) => (r.bundle ? formatBytes(r.bundle.gzipBytes) : 'n/a'), ''],
  ['search index on disk', (r) => (r.bundle ? formatBytes(r.bundle.searchRawBytes) : 'n/a'), ''],
  ['indexed text (titles, bodies) gzip', (r) => (r.bundle ? formatBytes(r.bundle.indexedTextGzipBytes) : 'n/a'), ''],
  [
    'search index / gzipped text',
    (r) => (r.bundle ? `${(r.bundle.searchRawBytes / r.bundle.indexedTextGzipBytes).toFixed(2)}x` : 'n/a'),
    '<= 1.5x',
  ],
  ['first view gzip (manifest.json)', (r) => (r.bundle ? formatBytes(r.bundle.manifestGzipBytes) : 'n/a'), '< 300 KB'],
  ['incremental, one file edited', (r) => spreadOf(r.incrementalMs, formatMs), '< 3 s'],
];

export function compileTable(results: readonly CompileResult[]): string {
  const header = ['metric', ...results.map((r) => `${r.events.toLocaleString('en')} events`), 'target'];
  return formatTable(
    header,
    ROWS.map(([label, cell, target]) => [label, ...results.map(cell), target]),
  );
}
