/** Finding the corpus, listing its files and reading them: the compiler's reads, all here. */
import { bisectLeft } from 'd3-array';
import { readFileSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';

export interface CorpusTree {
  /** The folder the reported paths are relative to (the one holding `news/`). */
  root: string;
  newsDir: string;
  /** Paths below newsDir with `/` separators, sorted. */
  files: string[];
}

export class SourceError extends Error {}

/** `src` may be the `news/` folder itself or a folder containing it. */
export async function findTree(src: string): Promise<CorpusTree> {
  const info = await stat(src).catch(() => null);
  if (!info?.isDirectory()) throw new SourceError(`the source folder ${src} does not exist or is not a folder`);
  const nested = join(src, 'news');
  const newsDir = basename(src) !== 'news' && (await stat(nested).catch(() => null))?.isDirectory() ? nested : src;
  const files = await listFiles(newsDir).catch((error: Error) => {
    throw new SourceError(`cannot read ${newsDir}: ${error.message}`);
  });
  return { root: join(newsDir, '..'), newsDir, files: files.sort() };
}

/** Hidden files and folders (`.git`, `.DS_Store`) are not part of a corpus. */
async function listFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  // Paths are built by concatenation: path.join/relative on 160,000 entries cost over a second.
  const walk = async (under: string): Promise<void> => {
    const entries = await readdir(under === '' ? dir : join(dir, under), { withFileTypes: true });
    await Promise.all(
      entries
        .filter((entry) => !entry.name.startsWith('.'))
        .map((entry) => {
          const path = under === '' ? entry.name : `${under}/${entry.name}`;
          if (entry.isDirectory()) return walk(path);
          if (entry.isFile() || entry.isSymbolicLink()) found.push(path);
          return undefined;
        }),
    );
  };
  await walk('');
  return found;
}

/** Reported paths are relative to the corpus root: `news/2015/09/26/slug.md`. */
export function reportPrefix(tree: Pick<CorpusTree, 'root' | 'newsDir'>): string {
  return relative(tree.root, tree.newsDir).split(sep).join('/') + '/';
}

/**
 * The tree after the watcher reported these paths (below newsDir) as added, changed or
 * removed, without listing it again: whatever is a file now is in, anything else is out.
 */
export function withChanges(tree: CorpusTree, changed: Iterable<string>): CorpusTree {
  const files = tree.files.slice();
  for (const path of changed) {
    const hidden = path.split('/').some((part) => part.startsWith('.'));
    const isFile = !hidden && (statSync(join(tree.newsDir, path), { throwIfNoEntry: false })?.isFile() ?? false);
    // Binary search in the sorted list (the order of Array#sort), not a 150,000-entry Set.
    const at = bisectLeft(files, path);
    const present = files[at] === path;
    if (isFile && !present) files.splice(at, 0, path);
    else if (!isFile && present) files.splice(at, 1);
  }
  return { ...tree, files };
}

/** A corpus file's bytes (`underNews` is its path below newsDir); throws what reading throws. */
export function readSource(tree: Pick<CorpusTree, 'newsDir'>, underNews: string): Buffer {
  return readFileSync(`${tree.newsDir}/${underNews}`);
}

/** A corpus file's modification time and size, or null if it is not there. */
export function statSource(
  tree: Pick<CorpusTree, 'newsDir'>,
  underNews: string,
): { mtimeMs: number; size: number } | null {
  const stat = statSync(`${tree.newsDir}/${underNews}`, { throwIfNoEntry: false });
  return stat ? { mtimeMs: stat.mtimeMs, size: stat.size } : null;
}
