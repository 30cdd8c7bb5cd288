/**
 * Writes a bundle so that a reader never sees a manifest pointing at missing files: hashed
 * files first (each via temp file + rename; an existing name already has this content), then
 * manifest.json by rename, then old files nothing references any more are deleted.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { Manifest } from '../bundle/index.ts';
import type { OutFile } from './shard.ts';

export const MANIFEST = 'manifest.json';
const HASHED_DIRS = ['index', 'days', 'tags'];
const HASHED_NAME = /\.[0-9a-f]{12}\.json$/;

export interface WriteStats {
  written: number;
  unchanged: number;
  deleted: number;
}

/**
 * Hashed files being written at once. Their writes run on libuv's threads while this one
 * serialises the next files: creating a file cost 0.4 ms here, 3 s of a 150,000-event build.
 */
const WRITES_IN_FLIGHT = 16;

export async function writeBundle(outDir: string, files: Generator<OutFile, Manifest>): Promise<{ manifest: Manifest; stats: WriteStats }> {
  const stats: WriteStats = { written: 0, unchanged: 0, deleted: 0 };
  const keep = new Set<string>();
  const madeDirs = new Set<string>();
  const tempSuffix = `.tmp-${process.pid}`;
  const placeFor = (path: string) => {
    const target = join(outDir, path);
    const dir = dirname(target);
    if (!madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
    return target;
  };

  const writing = new Set<Promise<void>>();
  try {
    let step = files.next();
    for (; !step.done; step = files.next()) {
      const { path, content } = step.value;
      keep.add(path);
      if (content === null || existsSync(join(outDir, path))) {
        stats.unchanged++;
        continue;
      }
      const target = placeFor(path);
      const write: Promise<void> = writeFile(target + tempSuffix, content)
        .then(() => rename(target + tempSuffix, target))
        .finally(() => writing.delete(write));
      writing.add(write);
      stats.written++;
      if (writing.size >= WRITES_IN_FLIGHT) await Promise.race(writing);
    }
    await Promise.all(writing);
    const manifest = step.value;
    const target = placeFor(MANIFEST);
    writeFileSync(target + tempSuffix, JSON.stringify(manifest));
    renameSync(target + tempSuffix, target);
    for (const dir of HASHED_DIRS) stats.deleted += removeUnreferenced(outDir, join(outDir, dir), keep);
    return { manifest, stats };
  } finally {
    // A failed write fails the build, but only once no other write is still under way.
    await Promise.allSettled(writing);
  }
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

