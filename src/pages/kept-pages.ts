/**
 * The pages of the last build stay in the site folder between builds, so that the next one writes
 * only the pages whose bytes changed (page-batch.ts compares each with the file on disk) and
 * deletes those of events that are gone. Nothing is recorded beside them: the files on disk are
 * the record, so a page edited or deleted by hand is put right by the next build.
 */
import { existsSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The pages' folder: what a build keeps while Vite writes the rest anew. */
export const PAGES_DIR = 'news';

/** Before Vite writes the app: empties `dist` but for the pages. */
export function emptyKeepingPages(dist: string): void {
  if (!existsSync(dist)) return;
  for (const name of readdirSync(dist))
    if (name !== PAGES_DIR && name !== '.git') rmSync(join(dist, name), { recursive: true, force: true });
}

/** Deletes the files under news/ that this build did not write (paths as `news/...`), and folders left empty. */
export function deleteStalePages(dist: string, current: ReadonlySet<string>): string[] {
  const root = join(dist, PAGES_DIR);
  if (!existsSync(root)) return [];
  const stale: string[] = [];
  const dirs: string[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const path = relative(dist, join(entry.parentPath, entry.name)).split('\\').join('/');
    if (entry.isDirectory()) dirs.push(path);
    else if (!current.has(path)) stale.push(path);
  }
  for (const path of stale) rmSync(join(dist, path), { force: true });
  // Deepest first, so that a month folder goes once its day folders have.
  for (const dir of dirs.sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(join(dist, dir));
    } catch {
      // Not empty: other pages are still there.
    }
  }
  return stale.sort();
}
