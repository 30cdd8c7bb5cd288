import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, expect, it } from 'vitest';
import { readTermShard, shardOf, shardPath, type SearchIndex } from '../../../src/bundle/index.ts';
import { compile, type BuildSession } from '../../../src/compiler/compile.ts';

const scratch = mkdtempSync(join(tmpdir(), 'dateline-search-session-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const RAIL = 'news/2015/09/26/northland-says-it-will-expand-its-rail-network-to-the-coast.md';

/** Ordinals of the events with `term`, read from the bundle's search index. */
function eventsWith(out: string, term: string): number[] {
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { search: string };
  const folder = dirname(manifest.search);
  const index = JSON.parse(readFileSync(join(out, manifest.search), 'utf8')) as SearchIndex;
  const shard = readTermShard(inflateRawSync(readFileSync(join(out, folder, shardPath(shardOf(index, term))))));
  return Array.from(shard.terms.find((entry) => entry.term === term)?.ordinals ?? []);
}

it('an edited file is searchable after the dev server rebuilds only it, and equals a cold build', async () => {
  const src = join(scratch, 'src');
  const out = join(scratch, 'out');
  cpSync('test/fixtures/small-corpus', src, { recursive: true });
  const session: BuildSession = { cache: new Map() };
  const first = await compile({ src, out, session, threads: false });
  expect(eventsWith(out, 'zebracorn')).toEqual([]);
  const snippetsOf = (indexPath: string) =>
    (JSON.parse(readFileSync(join(out, indexPath), 'utf8')) as SearchIndex).snippets;
  const snippetsBefore = snippetsOf(first.manifest.search!);

  const path = join(src, RAIL);
  writeFileSync(path, readFileSync(path, 'utf8').replace('\n### Source', '\nA zebracorn was seen.\n\n### Source'));
  const result = await compile({ src, out, session, changed: new Set([RAIL.slice('news/'.length)]), threads: false });
  expect(result.parsedFiles).toBe(1);
  expect(eventsWith(out, 'zebracorn')).toHaveLength(1);
  // Only a body changed: the snippet files' folder is kept, not written again.
  expect(snippetsOf(result.manifest.search!)).toBe(snippetsBefore);
  expect(result.stats.written).toBeLessThan(20);

  const cold = join(scratch, 'cold');
  const again = await compile({ src, out: cold, threads: false });
  expect(again.manifest.search).toBe(result.manifest.search);
  expect(readFileSync(join(cold, again.manifest.search!))).toEqual(readFileSync(join(out, result.manifest.search!)));
});
