/**
 * Generated corpora, cached under bench/.cache/ so repeated benchmark runs skip generation.
 * A corpus counts as cached only once its `.complete` marker exists.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');
export const CACHE = join(ROOT, 'bench', '.cache');
/** A few broken files, as real trees have; kept low so throughput reflects normal files. */
const MALFORMED_PERCENT = 0.1;
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

export interface CorpusInfo {
  dir: string;
  events: number;
  files: number;
  bytes: number;
}

export function ensureCorpus(events: number, seed: number): CorpusInfo {
  const prefix = `corpus-${events}-seed${seed}-`;
  const dir = join(CACHE, prefix + generatorVersion());
  const marker = join(dir, '.complete');
  if (!existsSync(marker)) {
    // Corpora of an older generator are stale and large: drop them.
    for (const old of existsSync(CACHE) ? readdirSync(CACHE) : []) {
      if (old.startsWith(prefix)) rmSync(join(CACHE, old), { recursive: true, force: true });
    }
    console.log(`generating ${events} events into ${dir} ...`);
    execFileSync(
      TSX,
      [
        'src/generator/cli.ts',
        '--events',
        String(events),
        '--out',
        dir,
        '--seed',
        String(seed),
        '--malformed',
        String(MALFORMED_PERCENT),
      ],
      { cwd: ROOT, stdio: 'inherit' },
    );
    const { files, bytes } = treeSize(join(dir, 'news'));
    writeFileSync(marker, JSON.stringify({ events, seed, files, bytes }));
  }
  const info = JSON.parse(readFileSync(marker, 'utf8')) as { files: number; bytes: number };
  return { dir, events, files: info.files, bytes: info.bytes };
}

/** Changes whenever the generator's code does, so a cached corpus always matches it. */
function generatorVersion(): string {
  const dir = join(ROOT, 'src', 'generator');
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  return hash.digest('hex').slice(0, 8);
}

export function treeSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/** A well-formed event file from the middle of the corpus, the same one every time. */
export function sampleEventFile(corpusDir: string): string {
  let dir = join(corpusDir, 'news');
  for (let depth = 0; depth < 2; depth++) {
    const entries = readdirSync(dir).sort();
    dir = join(dir, entries[entries.length >> 1]);
  }
  const [year, month] = dir.split(/[\\/]/).slice(-2);
  for (const day of readdirSync(dir).sort()) {
    const heading = `### [${year}-${month}-${day.padStart(2, '0')}]`;
    const name = readdirSync(join(dir, day))
      .sort()
      .find((n) => {
        const text = n === 'index.md' ? '' : readFileSync(join(dir, day, n), 'utf8');
        return text.startsWith(heading) && !/[\r<]|javascript:/.test(text);
      });
    if (name) return join(dir, day, name);
  }
  throw new Error(`no well-formed event file in ${dir}`);
}

/** The app path of that event: `/news/2010/06/04/slug`. */
export function sampleEventPath(corpusDir: string): string {
  const parts = sampleEventFile(corpusDir)
    .slice(corpusDir.length + 1)
    .replace(/\.md$/, '')
    .split('/');
  const [news, year, month, day, slug] = parts;
  return `/${news}/${year}/${month}/${day.padStart(2, '0')}/${slug}`;
}
