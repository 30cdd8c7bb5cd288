/**
 * Runs a command and measures it from outside: wall time, the peak resident memory of the
 * process tree (GNU time's maximum RSS, or VmHWM polled from /proc when time is absent) and the
 * CPU time it used (GNU time's user + system).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export interface ChildRun {
  code: number | null;
  wallMs: number;
  /** Largest resident set of any process in the tree, in bytes; NaN when unknown. */
  peakRssBytes: number;
  /** User + system CPU time of the process tree, all threads; NaN when unknown. */
  cpuMs: number;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';

export function runMeasured(command: string, args: readonly string[], cwd: string): Promise<ChildRun> {
  const useTime = existsSync(GNU_TIME);
  const [file, argv] = useTime ? [GNU_TIME, ['-v', command, ...args]] : [command, [...args]];
  const started = performance.now();
  const child = spawn(file, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let polledKb = 0;
  const poll = useTime ? null : setInterval(() => (polledKb = Math.max(polledKb, vmHwmKb(child.pid))), 50);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const wallMs = performance.now() - started;
      const timed = gnuTimeReport(stderr);
      const kb = useTime ? timed.peakKb : polledKb;
      // GNU time appends its report to the child's stderr; keep the child's own text apart.
      const own = useTime ? stderr.slice(0, Math.max(0, stderr.lastIndexOf('\tCommand being timed:'))) : stderr;
      resolve({ code, wallMs, peakRssBytes: kb > 0 ? kb * 1024 : Number.NaN, cpuMs: timed.cpuMs, stdout, stderr: own });
    });
  });
}

/** The figures of `time -v`'s report; NaN (or 0 KB) for what it does not hold. */
export function gnuTimeReport(text: string): { peakKb: number; cpuMs: number } {
  const seconds = (label: string) =>
    Number(new RegExp(`\\t${label} \\(seconds\\): ([\\d.]+)`).exec(text)?.[1] ?? Number.NaN);
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
  return { peakKb: peak ? Number(peak[1]) : 0, cpuMs: (seconds('User time') + seconds('System time')) * 1000 };
}

/** Peak RSS of a process and its direct children, from /proc. */
function vmHwmKb(pid: number | undefined): number {
  if (!pid) return 0;
  let peak = 0;
  const pids = [pid, ...childPids(pid)];
  for (const p of pids) {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (match) peak = Math.max(peak, Number(match[1]));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return peak;
}

function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
