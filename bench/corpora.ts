/**
 * Generated corpora, cached under bench/.cache/ so repeated benchmark runs skip generation.
 * A corpus counts as cached only once its `.complete` marker exists.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
  const dir = join(CACHE, `corpus-${events}-seed${seed}`);
  const marker = join(dir, '.complete');
  if (!existsSync(marker)) {
    console.log(`generating ${events} events into ${dir} ...`);
    execFileSync(
      TSX,
      ['src/generator/cli.ts', '--events', String(events), '--out', dir, '--seed', String(seed), '--malformed', String(MALFORMED_PERCENT)],
      { cwd: ROOT, stdio: 'inherit' },
    );
    const { files, bytes } = treeSize(join(dir, 'news'));
    writeFileSync(marker, JSON.stringify({ events, seed, files, bytes }));
  }
  const info = JSON.parse(readFileSync(marker, 'utf8')) as { files: number; bytes: number };
  return { dir, events, files: info.files, bytes: info.bytes };
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
