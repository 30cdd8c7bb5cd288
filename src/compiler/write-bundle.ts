/**
 * Writes a bundle so that a reader never sees a manifest pointing at missing files: hashed
 * files first (each via temp file + rename; an existing name already has this content), then
 * manifest.json by rename, then old files nothing references any more are deleted.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import type { Buffer } from 'node:buffer';
import { dirname, join, relative, sep } from 'node:path';
import type { Manifest } from '../bundle/index.ts';
import type { OutFile } from './hashed-file.ts';

export const MANIFEST = 'manifest.json';
const HASHED_DIRS = ['index', 'days', 'tags', 'stories', 'search'];
/** Content-hashed names, and the search index's files (in a folder named by their hash). */
const HASHED_NAME = /\.[0-9a-f]{12}\.json$|^(\d+\.(bin|json)|index\.json)$/;

export interface WriteStats {
  written: number;
  unchanged: number;
  deleted: number;
}

/** The output folder as the build's threads write to it: each file whole or not at all. */
export class OutputFolder {
  private readonly madeDirs = new Set<string>();
  /** Threads of one build never write the same file, so the process id is enough. */
  private readonly tempSuffix = `.tmp-${process.pid}`;

  constructor(readonly dir: string) {}

  has(path: string): boolean {
    return existsSync(join(this.dir, path));
  }

  /** Writes a hashed file unless one of that name, so of that content, is there; true if it wrote. */
  putHashed(file: OutFile): boolean {
    if (file.content === null || this.has(file.path)) return false;
    this.replace(file.path, file.content);
    return true;
  }

  replace(path: string, content: string | Buffer): void {
    const target = join(this.dir, path);
    const dir = dirname(target);
    if (!this.madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.madeDirs.add(dir);
    }
    writeFileSync(target + this.tempSuffix, content);
    renameSync(target + this.tempSuffix, target);
  }
}

/**
 * `files` are the new bundle's hashed files (content null for one already in place); its return
 * value is the manifest. `placed` are files of the bundle that other threads wrote; they are
 * kept but not counted.
 */
export function writeBundle(
  outDir: string,
  files: Generator<OutFile, Manifest>,
  placed: Iterable<string> = [],
): { manifest: Manifest; stats: WriteStats } {
  const stats: WriteStats = { written: 0, unchanged: 0, deleted: 0 };
  const keep = new Set<string>(placed);
  const folder = new OutputFolder(outDir);

  let step = files.next();
  while (!step.done) {
    keep.add(step.value.path);
    if (folder.putHashed(step.value)) stats.written++;
    else stats.unchanged++;
    step = files.next();
  }
  const manifest = step.value;
  const text = JSON.stringify(manifest);
  folder.replace(MANIFEST, text);

  // Never delete what the current manifest needs: if another writer (one that took no lock)
  // replaced it meanwhile, its files are not in `keep`, so nothing is deleted this time.
  if (readFileSync(join(outDir, MANIFEST), 'utf8') !== text) return { manifest, stats };
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
    } else if (HASHED_NAME.test(entry.name) || /\.(json|bin)\.tmp-\d+$/.test(entry.name)) {
      if (!keep.has(relative(outDir, path).split(sep).join('/'))) {
        unlinkSync(path);
        deleted++;
      }
    }
  }
  return deleted;
}
