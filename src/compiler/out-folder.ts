/**
 * One build at a time per output folder. The dev server and `npm run build` both write to
 * public/data by default; two builds interleaving there left a manifest pointing at hundreds of
 * files the other build's cleanup had deleted. A build holds a lock file naming its process;
 * a lock whose process is gone is stale and taken over.
 */
import { mkdirSync, readFileSync, realpathSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, parse, resolve, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SourceError } from './read-tree.ts';

export const LOCK_FILE = '.dateline-build.lock';
const POLL_MS = 100;

export interface LockOptions {
  /** How long to wait for another build before giving up (default: not at all). */
  waitMs?: number;
  /** Told once when the folder is busy and this build starts waiting. */
  onWait?: (holder: string) => void;
}

/** Runs `build` holding the output folder's lock; waits for, or refuses, a build already there. */
export async function withOutputLock<T>(out: string, build: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  mkdirSync(out, { recursive: true });
  const lock = join(out, LOCK_FILE);
  const mine = `${process.pid} ${hostname()} ${new Date().toISOString()}\n`;
  const deadline = performance.now() + (options.waitMs ?? 0);
  for (let told = false; ;) {
    const holder = tryLock(lock, mine);
    if (holder === null) break;
    if (performance.now() >= deadline)
      throw new SourceError(
        `another build (process ${holder}) is writing to ${out}; wait for it to finish, or delete ${lock} if it is gone`,
      );
    if (!told) options.onWait?.(holder);
    told = true;
    await sleep(POLL_MS);
  }
  try {
    return await build();
  } finally {
    // Only our own lock is removed: a stale-lock takeover may have replaced it.
    if (readOr(lock, '') === mine) unlinkSync(lock);
  }
}

/** Null once the lock is ours; else who holds it (`pid host started`). */
function tryLock(lock: string, mine: string): string | null {
  try {
    writeFileSync(lock, mine, { flag: 'wx' });
    return null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const holder = readOr(lock, '').trim();
  const [pid, host] = holder.split(' ');
  if (host === hostname() && !isRunning(Number(pid))) {
    unlinkSync(lock); // stale: its build died without cleaning up
    return tryLock(lock, mine);
  }
  return holder === '' ? 'unknown' : holder;
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOr(path: string, fallback: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return fallback;
  }
}

/**
 * Why `out` cannot take a bundle, or null: the root of a file system, or the source folder or a
 * folder inside it (the build would delete or read its own output).
 */
export function unsafeOutFolder(src: string, out: string): string | null {
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  const target = real(out);
  const source = real(src);
  if (parse(target).root === target) return `${out} is the root of the file system`;
  if (target === source || target.startsWith(source + sep)) return `${out} is inside the source folder ${src}`;
  return null;
}
