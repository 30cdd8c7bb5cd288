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

export const MANIFEST = 'manifest.json';
const HASHED_DIRS = ['index', 'days', 'tags'];
const HASHED_NAME = /\.[0-9a-f]{12}\.json$/;

export interface WriteStats {
  written: number;
  unchanged: number;
  deleted: number;
}

export function writeBundle(outDir: string, files: Generator<OutFile, Manifest>): { manifest: Manifest; stats: WriteStats } {
  const stats: WriteStats = { written: 0, unchanged: 0, deleted: 0 };
  const keep = new Set<string>();
  const madeDirs = new Set<string>();
  const tempSuffix = `.tmp-${process.pid}`;
  const write = (path: string, content: string | Buffer) => {
    const target = join(outDir, path);
    const dir = dirname(target);
    if (!madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
    writeFileSync(target + tempSuffix, content);
    renameSync(target + tempSuffix, target);
  };

  let step = files.next();
  while (!step.done) {
    const { path, content } = step.value;
    keep.add(path);
    if (content === null || existsSync(join(outDir, path))) stats.unchanged++;
    else {
      write(path, content);
      stats.written++;
    }
    step = files.next();
  }
  const manifest = step.value;
  write(MANIFEST, JSON.stringify(manifest));

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

