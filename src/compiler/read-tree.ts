/** Finding the corpus, listing its files and reading them: the compiler's reads, all here. */
import { bisectLeft } from 'd3-array';
import { isUtf8 } from 'node:buffer';
import { lstatSync, statSync, type Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { readCorpusFile, type FileRead } from './read-file.ts';
import type { Problem } from './types.ts';

export interface CorpusTree {
  /** The folder the reported paths are relative to (the one holding `news/`). */
  root: string;
  newsDir: string;
  /** Paths below newsDir with `/` separators, sorted: regular files only. */
  files: string[];
  /** Entries not read, each a rejected entry: links, FIFOs, devices, unreadable folders, bad names. */
  skipped: Problem[];
}

export interface TreeOptions {
  /** Follow symbolic links to regular files inside the news folder (never those leading out). */
  followSymlinks?: boolean;
}

export class SourceError extends Error {}

/** `src` may be the `news/` folder itself or a folder containing it. */
export async function findTree(src: string, options: TreeOptions = {}): Promise<CorpusTree> {
  const info = await stat(src).catch(() => null);
  if (!info?.isDirectory()) throw new SourceError(`the source folder ${src} does not exist or is not a folder`);
  const nested = join(src, 'news');
  const newsDir = basename(src) !== 'news' && (await stat(nested).catch(() => null))?.isDirectory() ? nested : src;
  const root = join(newsDir, '..');
  const listing = new Listing(newsDir, reportPrefix({ root, newsDir }), options);
  await listing.walk('').catch((error: Error) => {
    throw new SourceError(`cannot read ${newsDir}: ${error.message}`);
  });
  if (listing.files.length === 0 && listing.skipped[0]?.file === listing.prefix)
    throw new SourceError(`cannot read ${newsDir}: ${listing.skipped[0].message}`);
  return { root, newsDir, files: listing.files.sort(), skipped: listing.skipped.sort(byFile) };
}

const byFile = (a: Problem, b: Problem) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** Hidden files and folders (`.git`, `.DS_Store`) are not part of a corpus. */
class Listing {
  readonly files: string[] = [];
  readonly skipped: Problem[] = [];
  private realNews: Promise<string>;

  constructor(
    private readonly dir: string,
    readonly prefix: string,
    private readonly options: TreeOptions,
  ) {
    this.realNews = realpath(dir);
  }

  // Paths are built by concatenation: path.join/relative on 160,000 entries cost over a second.
  async walk(under: string): Promise<void> {
    const folder = under === '' ? this.dir : `${this.dir}/${under}`;
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      return this.skip(
        under === '' ? '' : `${under}/`,
        `the folder cannot be read (${codeOf(error)}); its files are left out`,
      );
    }
    const undecodable = entries.some((entry) => entry.name.includes('\uFFFD'))
      ? await this.badNames(folder, under)
      : null;
    await Promise.all(
      entries
        .filter((entry) => !entry.name.startsWith('.') && !undecodable?.has(entry.name))
        .map((entry) => {
          const path = under === '' ? entry.name : `${under}/${entry.name}`;
          if (entry.isDirectory()) return this.walk(path);
          if (entry.isFile()) this.files.push(path);
          else if (entry.isSymbolicLink()) return this.link(path);
          else this.skip(path, `${kindOf(entry)}, not a regular file; it was not read`);
          return undefined;
        }),
    );
  }

  /** Names that are not UTF-8 cannot be named in a report or a URL; they are reported escaped. */
  private async badNames(folder: string, under: string): Promise<Set<string>> {
    const bad = new Set<string>();
    for (const raw of await readdir(folder, { encoding: 'buffer' })) {
      if (isUtf8(raw) || raw[0] === 0x2e) continue;
      bad.add(raw.toString('utf8'));
      this.skip(
        `${under === '' ? '' : `${under}/`}${escapeBytes(raw)}`,
        'the name is not valid UTF-8; it was left out',
      );
    }
    return bad;
  }

  private async link(path: string): Promise<void> {
    if (!this.options.followSymlinks)
      return this.skip(
        path,
        'a symbolic link; links are not followed (--follow-symlinks follows those to files in the corpus)',
      );
    const [target, news] = await Promise.all([realpath(`${this.dir}/${path}`).catch(() => null), this.realNews]);
    if (target === null || !target.startsWith(news + sep))
      return this.skip(path, 'a symbolic link that leads outside the news folder (or nowhere); it was not followed');
    if (!(await stat(target)).isFile())
      return this.skip(path, 'a symbolic link to something other than a file; it was not followed');
    this.files.push(path);
  }

  private skip(path: string, message: string): void {
    this.skipped.push({ file: this.prefix + path, line: 1, message });
  }
}

function kindOf(entry: Dirent): string {
  if (entry.isFIFO()) return 'a named pipe (FIFO)';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device';
  return 'an entry of unknown kind';
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/** Bytes as text: printable ASCII as it is, anything else as `\xNN`. */
export function escapeBytes(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes)
    text +=
      byte >= 0x20 && byte < 0x7f && byte !== 0x5c
        ? String.fromCharCode(byte)
        : `\\x${byte.toString(16).padStart(2, '0')}`;
  return text;
}

/** Reported paths are relative to the corpus root: `news/2015/09/26/slug.md`. */
export function reportPrefix(tree: Pick<CorpusTree, 'root' | 'newsDir'>): string {
  return relative(tree.root, tree.newsDir).split(sep).join('/') + '/';
}

/**
 * The tree after the watcher reported these paths (below newsDir) as added, changed or
 * removed, without listing it again: whatever is a regular file now is in, anything else
 * (a link, a FIFO) is out.
 */
export function withChanges(tree: CorpusTree, changed: Iterable<string>): CorpusTree {
  const files = tree.files.slice();
  for (const path of changed) {
    const hidden = path.split('/').some((part) => part.startsWith('.'));
    const isFile = !hidden && (lstatSync(join(tree.newsDir, path), { throwIfNoEntry: false })?.isFile() ?? false);
    // Binary search in the sorted list (the order of Array#sort), not a 150,000-entry Set.
    const at = bisectLeft(files, path);
    const present = files[at] === path;
    if (isFile && !present) files.splice(at, 0, path);
    else if (!isFile && present) files.splice(at, 1);
  }
  return { ...tree, files };
}

/**
 * A corpus file (`underNews` is its path below newsDir), read only if it is a regular file of at
 * most `limit` bytes (read-file.ts); throws what reading throws.
 */
export function readSource(tree: Pick<CorpusTree, 'newsDir'>, underNews: string, limit: number): FileRead {
  return readCorpusFile(`${tree.newsDir}/${underNews}`, limit);
}

/** A corpus file's modification time and size, or null if it is not there. */
export function statSource(
  tree: Pick<CorpusTree, 'newsDir'>,
  underNews: string,
): { mtimeMs: number; size: number } | null {
  const stat = statSync(`${tree.newsDir}/${underNews}`, { throwIfNoEntry: false });
  return stat ? { mtimeMs: stat.mtimeMs, size: stat.size } : null;
}
