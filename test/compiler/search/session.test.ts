import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, expect, it } from 'vitest';
import { readTermShard, shardOf, shardPath, type SearchIndex } from '../../../src/bundle/index.ts';
import { compile, type BuildSession } from '../../../src/compiler/compile.ts';
import { readOutput } from '../read-output.ts';

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

/** A copy of `corpus` built once in a new build session, as the dev server starts. */
async function startSession(corpus: string, name: string) {
  const src = join(scratch, name);
  const out = join(scratch, `${name}-out`);
  cpSync(corpus, src, { recursive: true });
  const session: BuildSession = { cache: new Map() };
  const first = await compile({ src, out, session, threads: false });
  return { src, out, session, first };
}

it('an edited file is searchable after the dev server rebuilds only it, and equals a cold build', async () => {
  const { src, out, session, first } = await startSession('test/fixtures/small-corpus', 'src');
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

it('after an edit, a new file and a deleted one, keeps the untouched index shards and equals a cold build', async () => {
  const { src, out, session, first } = await startSession('sample-corpus', 'sample');
  const rebuild = async (path: string, change: (file: string) => void) => {
    change(join(src, 'news', path));
    const result = await compile({ src, out, session, changed: new Set([path]), threads: false });
    const cold = join(scratch, `sample-cold-${Math.random().toString(36).slice(2)}`);
    await compile({ src, out: cold, threads: false });
    expect(readOutput(out)).toEqual(readOutput(cold));
    return result;
  };

  const shardsBefore = session.shards!.shards;
  const madrid =
    '2004/03/11/ten-bombs-explode-on-four-commuter-trains-in-madrid-during-the-morning-rush-hour-killing-191-people.md';
  await rebuild(madrid, (file) =>
    writeFileSync(file, readFileSync(file, 'utf8').replace('\n### ', '\nA zebracorn was seen.\n\n### ')),
  );
  expect(eventsWith(out, 'zebracorn')).toHaveLength(1);
  // Only the shards of the edited event and of the events its related entries tag are
  // serialised again; the session keeps the others' records.
  const kept = [...session.shards!.shards]
    .filter(([key, shard]) => shardsBefore.get(key) === shard)
    .map(([key]) => key);
  expect(kept).not.toContain('2004');
  expect(kept.length).toBeGreaterThan(first.manifest.shards.length / 2);

  const added = '2009/07/04/a-quokka-festival-opens.md';
  await rebuild(added, (file) => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '### [2009-07-04](/news/2009/07/04/index.md)\n\n# A quokkafest opens. \n\nCrowds come.\n');
  });
  expect(eventsWith(out, 'quokkafest')).toHaveLength(1);

  await rebuild(added, (file) => rmSync(file));
  expect(eventsWith(out, 'quokkafest')).toEqual([]);
}, 60_000);
