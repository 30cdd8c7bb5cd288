/**
 * Runs a command and measures it from outside: wall time and the peak resident memory of
 * the process tree (GNU time's maximum RSS, or VmHWM polled from /proc when time is absent).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export interface ChildRun {
  code: number | null;
  wallMs: number;
  /** Largest resident set of any process in the tree, in bytes; NaN when unknown. */
  peakRssBytes: number;
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
      const timed = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const kb = timed ? Number(timed[1]) : polledKb;
      // GNU time appends its report to the child's stderr; keep the child's own text apart.
      const own = useTime ? stderr.slice(0, Math.max(0, stderr.lastIndexOf('\tCommand being timed:'))) : stderr;
      resolve({ code, wallMs, peakRssBytes: kb > 0 ? kb * 1024 : Number.NaN, stdout, stderr: own });
    });
  });
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
