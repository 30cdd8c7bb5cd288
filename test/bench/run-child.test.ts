import { describe, expect, it } from 'vitest';
import { gnuTimeReport } from '../../bench/run-child.ts';

// The shape of GNU time's `-v` report, as it ends the child's stderr.
const REPORT = [
  'compiled 10 events from 12 files',
  '\tCommand being timed: "node src/compiler/cli.ts"',
  '\tUser time (seconds): 46.54',
  '\tSystem time (seconds): 4.35',
  '\tPercent of CPU this job got: 160%',
  '\tElapsed (wall clock) time (h:mm:ss or m:ss): 0:31.73',
  '\tMaximum resident set size (kbytes): 1182112',
  '\tExit status: 0',
].join('\n');

describe('gnuTimeReport', () => {
  it('reads the peak resident set and user plus system time', () => {
    const { peakKb, cpuMs } = gnuTimeReport(REPORT);
    expect(peakKb).toBe(1182112);
    expect(cpuMs).toBeCloseTo(50_890, 6);
  });

  it('gives no figures for output without a report', () => {
    expect(gnuTimeReport('compiled 10 events')).toEqual({ peakKb: 0, cpuMs: Number.NaN });
  });
});
