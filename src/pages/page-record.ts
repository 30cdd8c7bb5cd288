/**
 * What the last build wrote, so that the next one writes only pages whose bytes changed and
 * deletes those of events that are gone: every page file under the site with a hash of its bytes,
 * kept in the site folder as `.dateline-pages.json`. Without it a build is cold: it empties the
 * folder as Vite would and writes everything.
 */
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const RECORD_FILE = '.dateline-pages.json';
/** The pages' folder: what a build with a record keeps while Vite writes the rest anew. */
const PAGES_DIR = 'news';

/** Page file (path under the site) to the hash of its bytes. */
export type PageRecord = Map<string, string>;

interface RecordJson {
  version: 1;
  pages: [string, string][];
}

export function readPageRecord(file: string): PageRecord {
  const json = JSON.parse(readFileSync(file, 'utf8')) as RecordJson;
  return new Map(json.version === 1 ? json.pages : []);
}

export function writePageRecord(dist: string, pages: [string, string][]): void {
  writeFileSync(join(dist, RECORD_FILE), JSON.stringify({ version: 1, pages } satisfies RecordJson));
}

/** The record of the build that wrote `dist`, or null when there is none (a cold build). */
export function recordIn(dist: string): string | null {
  const file = join(dist, RECORD_FILE);
  return existsSync(file) ? file : null;
}

/**
 * Before Vite writes the app: empties `dist` but for the pages and their record when there is a
 * record, else entirely (a folder that holds pages without a record is emptied too, as the pages
 * in it are unknown).
 */
export function emptyKeepingPages(dist: string): void {
  if (!existsSync(dist)) return;
  const keep = recordIn(dist) ? new Set([PAGES_DIR, RECORD_FILE, '.git']) : new Set(['.git']);
  for (const name of readdirSync(dist)) if (!keep.has(name)) rmSync(join(dist, name), { recursive: true, force: true });
}

/** Deletes the pages of the previous record that this build did not write, and folders left empty. */
export function deleteStalePages(dist: string, previous: PageRecord, current: ReadonlySet<string>): string[] {
  const stale = [...previous.keys()].filter((path) => !current.has(path));
  const dirs = new Set<string>();
  for (const path of stale) {
    rmSync(join(dist, path), { force: true });
    for (let dir = dirname(path); dir.startsWith(`${PAGES_DIR}/`); dir = dirname(dir)) dirs.add(dir);
  }
  // Deepest first, so that a month folder goes once its day folders have.
  for (const dir of [...dirs].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(join(dist, dir));
    } catch {
      // Not empty: other pages are still there.
    }
  }
  return stale;
}
