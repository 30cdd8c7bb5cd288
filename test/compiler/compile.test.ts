import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile, type BuildSession } from '../../src/compiler/compile.ts';
import { readDayDetail, readOutput } from './read-output.ts';

const scratch = mkdtempSync(join(tmpdir(), 'dateline-compile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const RAIL = 'news/2015/09/26/northland-says-it-will-expand-its-rail-network-to-the-coast.md';
const BUDGET_DAY = '2015-10-03';
/** An event the fixture links to but does not contain. */
const OUTSIDE = 'news/2014/01/05/northland-opens-its-first-high-speed-line.md';
const OUTSIDE_ID = '2014-01-05/northland-opens-its-first-high-speed-line';
const OUTSIDE_TEXT = `### [2014-01-05](/news/2014/01/05/index.md)

# Northland opens its first high-speed line. 

Trains run at last.

### Related:

1. [Snow falls on the capital for the first time in a decade. ](/news/2015/12/24/snow-falls.md) _Context: Weather_
`;

function searchFileCount(out: string, indexPath: string): number {
  return readdirSync(join(out, dirname(indexPath)), { recursive: true }).filter((name) => String(name).includes('.'))
    .length;
}

describe('compile with a build session (the dev server)', () => {
  const src = join(scratch, 'src');
  const out = join(scratch, 'out');
  cpSync('test/fixtures/small-corpus', src, { recursive: true });
  const session: BuildSession = { cache: new Map() };

  /** Rebuilds incrementally after `change`, then checks the output against a cold build's. */
  async function afterChange(paths: string[], change: () => void) {
    change();
    const state = session.link;
    const result = await compile({
      src,
      out,
      session,
      changed: new Set(paths.map((p) => p.replace(/^news\//, ''))),
      threads: false,
    });
    const cold = join(scratch, `cold-${Math.random().toString(36).slice(2)}`);
    await compile({ src, out: cold, threads: false });
    expect(readOutput(out)).toEqual(readOutput(cold));
    expect(session.link, 'linked incrementally').toBe(state);
    return result;
  }
  /** Whether the rail event's related link to OUTSIDE is in the collection. */
  /** Whether the rail event's related link to OUTSIDE counts as in the collection. */
  const railLinksToOutside = () =>
    readDayDetail(out, '2015-09-26').events[0].related.find((r) => r.id === OUTSIDE_ID)?.inCollection;
  const dayFileNames = () => Object.keys(readOutput(out)).filter((path) => path.startsWith('days/'));

  it('starts from a full build', async () => {
    const first = await compile({ src, out, session, threads: false });
    expect(first.report.events).toBe(7);
  });

  it('after an edit that changes the tags another event receives, rewrites only the edited day', async () => {
    const before = dayFileNames();
    const result = await afterChange([RAIL], () => {
      const path = join(src, RAIL);
      writeFileSync(
        path,
        readFileSync(path, 'utf8').replace(
          '_Context: Northland, Rail transport_\n2.',
          '_Context: Northland, Freight_\n2.',
        ),
      );
    });
    expect(result.parsedFiles).toBe(1);
    // Tags live in the index shards, so the day of the event the entry points at keeps its file.
    const after = dayFileNames();
    expect(after.filter((name) => !before.includes(name))).toEqual([expect.stringMatching(/^days\/2015\/09-26\./)]);
    // The search index (a new folder, since its content changed) is written whole.
    expect(result.stats.written).toBeLessThanOrEqual(
      1 +
        result.manifest.shards.length +
        result.manifest.postings.length +
        searchFileCount(out, result.manifest.search!),
    );
    expect(readDayDetail(out, BUDGET_DAY).events[0].tags).toContain('Freight');
  });

  it('after adding an event that others link to, marks their links as in the collection', async () => {
    const result = await afterChange([OUTSIDE], () => {
      mkdirSync(dirname(join(src, OUTSIDE)), { recursive: true });
      writeFileSync(join(src, OUTSIDE), OUTSIDE_TEXT);
    });
    expect(result.report.events).toBe(8);
    expect(railLinksToOutside()).toBe(true);
  });

  it('after removing events, drops them and flips the links back', async () => {
    const result = await afterChange([OUTSIDE, 'news/misc/snow-day.md'], () => {
      rmSync(join(src, OUTSIDE));
      rmSync(join(src, 'news/misc/snow-day.md'));
    });
    expect(result.report.events).toBe(6);
    expect(railLinksToOutside()).toBe(false);
  });

  it('ignores a report about a file that did not change', async () => {
    const result = await afterChange([RAIL], () => {});
    expect(result.stats.written).toBe(0);
  });
});

describe('compile with worker threads (what a big tree gets)', () => {
  // The fixture has every malformed case, and in batches of one day each, a day in two folders
  // and a file dated only by its heading; the sample corpus, in batches of 20 files, keeps both
  // workers busy with two batches each in flight.
  it.each([
    { src: 'test/fixtures/small-corpus', batchSize: 1 },
    { src: 'sample-corpus', batchSize: 20 },
  ])(
    'writes the very bundle and report an in-thread build does: $src',
    async ({ src, batchSize }) => {
      const inThread = join(scratch, 'in-thread', src);
      const onWorkers = join(scratch, 'on-workers', src);
      const expected = await compile({ src, out: inThread, threads: false });
      const actual = await compile({ src, out: onWorkers, threads: 'always', batchSize });
      expect(actual.report).toEqual(expected.report);
      expect(actual.manifest).toEqual(expected.manifest);
      expect(readOutput(onWorkers)).toEqual(readOutput(inThread));
    },
    30_000,
  );
});
