/**
 * Writes a bundle so that a reader never sees a manifest pointing at missing files: hashed
 * files first (each via temp file + rename; an existing name already has this content), then
 * manifest.json by rename, then old files nothing references any more are deleted.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import type { Buffer } from 'node:buffer';
import { dirname, join, relative, sep } from 'node:path';
import type { Manifest } from '../bundle/index.ts';
import type { OutFile } from './shard.ts';
import { startWorker } from './threads.ts';

export const MANIFEST = 'manifest.json';
const HASHED_DIRS = ['index', 'days', 'tags'];
const HASHED_NAME = /\.[0-9a-f]{12}\.json$/;

export interface WriteStats {
  written: number;
  unchanged: number;
  deleted: number;
}

/** Where the hashed files go: written here and now, or by a thread of their own. */
export interface FileWriter {
  write(path: string, content: Buffer): void;
  /** Resolves once every file is written; rejects with the first failure. */
  finish(): Promise<void>;
}

/** Writes one file via a temporary name, so a reader never sees it half-written. */
export function atomicWriter(outDir: string): (path: string, content: string | Uint8Array) => void {
  const madeDirs = new Set<string>();
  const tempSuffix = `.tmp-${process.pid}`;
  return (path, content) => {
    const target = join(outDir, path);
    const dir = dirname(target);
    if (!madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
    writeFileSync(target + tempSuffix, content);
    renameSync(target + tempSuffix, target);
  };
}

export function writerInThisThread(outDir: string): FileWriter {
  const write = atomicWriter(outDir);
  return { write, finish: async () => {} };
}

/**
 * Creating 7,000 files costs the kernel about 3 s; on a thread of its own that overlaps with
 * serialising the next days instead of adding to it. Contents are copied across, not
 * transferred: small Buffers share a pooled ArrayBuffer that must not be detached.
 */
export function writerInAThread(outDir: string): FileWriter {
  const worker = startWorker(new URL('./write-worker.ts', import.meta.url), { workerData: { outDir } });
  const failed = new Promise<never>((_, reject) => worker.once('error', reject));
  failed.catch(() => {});
  return {
    write: (path, content) => worker.postMessage({ path, content }),
    finish: async () => {
      const done = new Promise<string | null>((resolve) => worker.once('message', resolve));
      worker.postMessage('finish');
      try {
        const failure = await Promise.race([done, failed]);
        if (failure !== null) throw new Error(failure);
      } finally {
        await worker.terminate();
      }
    },
  };
}

export async function writeBundle(
  outDir: string,
  files: Generator<OutFile, Manifest>,
  writer: FileWriter = writerInThisThread(outDir),
): Promise<{ manifest: Manifest; stats: WriteStats }> {
  const stats: WriteStats = { written: 0, unchanged: 0, deleted: 0 };
  const keep = new Set<string>();
  let step = files.next();
  try {
    while (!step.done) {
      const { path, content } = step.value;
      keep.add(path);
      if (content === null || existsSync(join(outDir, path))) stats.unchanged++;
      else {
        writer.write(path, content);
        stats.written++;
      }
      step = files.next();
    }
  } finally {
    await writer.finish();
  }
  const manifest = step.value;
  atomicWriter(outDir)(MANIFEST, JSON.stringify(manifest));

  for (const dir of HASHED_DIRS) stats.deleted += removeUnreferenced(outDir, join(outDir, dir), keep);
  return { manifest, stats };
}

/** Only files this compiler could have written (hashed names, leftover temps) are removed. */
function removeUnreferenced(outDir: string, dir: string, keep: Set<string>): number {
  if (!existsSync(dir)) return 0;
  let deleted = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      deleted += removeUnreferenced(outDir, path, keep);
      if (readdirSync(path).length === 0) rmdirSync(path);
    } else if (HASHED_NAME.test(entry.name) || /\.json\.tmp-\d+$/.test(entry.name)) {
      if (!keep.has(relative(outDir, path).split(sep).join('/'))) {
        unlinkSync(path);
        deleted++;
      }
    }
  }
  return deleted;
}

