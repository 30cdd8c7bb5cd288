/** The bench table: one row per browser figure, one column per corpus, then the target at 150k. */
import { spreadOf } from './compile-table.ts';
import { percentile, spread } from './stats.ts';
import { formatBytes, formatMs, formatTable } from './table.ts';
import type { BrowserRun } from './browser-run.ts';

export interface SizeRuns {
  events: number;
  runs: BrowserRun[];
}

type Row = [label: string, pick: (r: BrowserRun) => number | undefined, unit: (n: number) => string, target: string];

const count = (n: number) => n.toFixed(0);
const days = (n: number) => `${n < 10 ? n.toFixed(1) : n.toFixed(0)} d`;

const ROWS: Row[] = [
  ['first marks painted', (r) => r.load?.readyMs, formatMs, '<= 1.5 s'],
  ['bytes before first paint', (r) => r.load?.bytesBeforePaint, formatBytes, '<= 400 KB'],
  ['bytes in the session', (r) => r.sessionBytes, formatBytes, ''],
  ['frame interval p50', (r) => r.interaction?.frameP50Ms, formatMs, ''],
  ['frame interval p95', (r) => r.interaction?.frameP95Ms, formatMs, '<= 17 ms'],
  ['frame interval max', (r) => r.interaction?.frameMaxMs, formatMs, ''],
  ['long tasks (count)', (r) => r.interaction?.longTasks, count, '0 over 50 ms'],
  ['long task max', (r) => r.interaction?.longTaskMaxMs, formatMs, '<= 50 ms'],
  ['frame p95, dragging the brush', (r) => r.brush?.frameP95Ms, formatMs, '<= 17 ms'],
  ['frame max, dragging the brush', (r) => r.brush?.frameMaxMs, formatMs, ''],
  ['gesture script duration', (r) => r.interaction?.durationMs, formatMs, '~3 s'],
  ['days in view, zoomed in', (r) => r.interaction?.deepestSpanDays, days, '~1 d'],
  ['tag click to filter painted', (r) => r.deepLink?.tagFilterMs, formatMs, '<= 100 ms'],
  ['deep link to panel sources', (r) => r.deepLink?.panelMs, formatMs, '<= 1 s'],
  ['search: index files before typing', (r) => r.search?.filesBeforeTyping, count, '1 (index.json)'],
  ['search: keystroke to results, first query p95', (r) => p95(r.search?.firstQueryMs), formatMs, '<= 100 ms'],
  ['search: keystroke to results, later p95', (r) => p95(r.search?.laterQueryMs), formatMs, '<= 50 ms'],
  ['search: bytes, first query (one word)', (r) => r.search?.queries[0]?.bytes, formatBytes, '<= 150 KB'],
  ['search: bytes, two-word query', (r) => r.search?.queries[1]?.bytes, formatBytes, '<= 150 KB'],
  ['search: bytes, query with a typo', (r) => r.search?.queries[2]?.bytes, formatBytes, '<= 150 KB'],
  ['search: rounds of requests (max)', (r) => maxRounds(r), count, '<= 2'],
  ['JS heap after interaction', (r) => r.interaction?.heapBytes, formatBytes, '< 200 MB'],
  ['story: events in it', (r) => r.story?.storyEvents, count, '>= 2,000'],
  ['story: open to painted + listed', (r) => r.story?.openMs, formatMs, '<= 300 ms'],
  ['story: bytes beyond the timeline', (r) => r.story?.openBytes, formatBytes, '<= 150 KB'],
  ['lanes on: frame interval p50', (r) => r.story?.lanesFrameP50Ms, formatMs, ''],
  ['lanes on: frame interval p95', (r) => r.story?.lanesFrameP95Ms, formatMs, '<= 17 ms'],
  ['lanes on: frame interval max', (r) => r.story?.lanesFrameMaxMs, formatMs, ''],
];

function p95(values: number[] | undefined): number | undefined {
  return values && values.length > 0 ? percentile(values, 95) : undefined;
}

function maxRounds(run: BrowserRun): number | undefined {
  return run.search ? Math.max(...run.search.queries.map((q) => q.rounds)) : undefined;
}

export function browserTable(sizes: readonly SizeRuns[]): string {
  const header = ['metric', ...sizes.map((s) => `${s.events.toLocaleString('en')} events`), 'target (150k)'];
  const rows = ROWS.map(([label, pick, unit, target]) => [
    label,
    ...sizes.map((s) => {
      const values = s.runs.map(pick).filter((v): v is number => v !== undefined && Number.isFinite(v));
      return values.length ? spreadOf(spread(values), unit) : 'n/a';
    }),
    target,
  ]);
  return formatTable(header, rows);
}
