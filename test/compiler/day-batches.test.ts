import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileDayBatch, dayBatchJob, planDayBatches } from '../../src/compiler/day-batches.ts';
import { findTree } from '../../src/compiler/read-tree.ts';

const tree = await findTree('test/fixtures/small-corpus');
const scratch = mkdtempSync(join(tmpdir(), 'dateline-days-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('planDayBatches', () => {
  const batches = planDayBatches(tree, tree.files, 1);

  it('puts every file in exactly one batch', () => {
    expect(batches.flat().sort()).toEqual(tree.files);
  });

  it('keeps a day whole: its padded and unpadded folders go together', () => {
    expect(batches).toContainEqual([
      '2015/10/03/northland-rail-expansion-battle-of-the-budget-2015-present-lawmakers-approve-money.md',
      '2015/10/3/northland-rail-expansion-battle-of-the-budget-2015-present-lawmakers-approve-money.md',
    ]);
    expect(
      batches.find((batch) => batch.includes('2016/01/4/a-storm-closes-ports-along-the-southern-coast.md')),
    ).toContain('2016/01/04/television-the-actor-best-known-for-star-trek-voyager-retires-from-the-stage.md');
  });

  it('places a file outside the dated folders by the day its heading gives', () => {
    const dayOrder = batches.findIndex((batch) => batch.includes('misc/snow-day.md'));
    // 2015-12-24 comes after the 2015-10-03 batch and before the 2016-01-04 one.
    expect(dayOrder).toBeGreaterThan(batches.findIndex((batch) => batch.some((file) => file.startsWith('2015/10/'))));
    expect(dayOrder).toBeLessThan(batches.findIndex((batch) => batch.some((file) => file.startsWith('2016/01/'))));
  });

  it('fills batches with whole days up to the size asked for', () => {
    const [all] = planDayBatches(tree, tree.files, 1000);
    expect(planDayBatches(tree, tree.files, 1000)).toHaveLength(1);
    expect(all.sort()).toEqual(tree.files);
  });
});

describe('compileDayBatch', () => {
  const files = planDayBatches(tree, tree.files, 1).find((batch) => batch.some((file) => file.startsWith('2015/10/')))!;
  const result = compileDayBatch({ tree, out: scratch, files });

  it('keeps one event per id, reports the other copy, and writes the day once', () => {
    expect(result.events.map((event) => event.id)).toEqual([
      '2015-10-03/northland-rail-expansion-battle-of-the-budget-2015-present-lawmakers-approve-money',
    ]);
    expect(result.findings.duplicates).toEqual([
      expect.objectContaining({ file: expect.stringContaining('news/2015/10/3/'), line: 1 }),
    ]);
    expect(result.days).toEqual([
      {
        day: result.events[0].day,
        path: expect.stringMatching(/^days\/2015\/10-03\.[0-9a-f]{12}\.json$/),
        written: true,
      },
    ]);
    expect(compileDayBatch({ tree, out: scratch, files }).days[0]).toMatchObject({
      path: result.days[0].path,
      written: false,
    });
  });

  it('sends linking only ids and contexts of related entries, and unpacks them as they were', () => {
    const { run, codec } = dayBatchJob;
    const unpacked = codec.unpack(structuredClone(codec.pack(run({ tree, out: scratch, files }))));
    expect(unpacked.events).toEqual(result.events);
    expect(Object.keys(unpacked.events[0].related[0]).sort()).toEqual(['contexts', 'id']);
    expect(unpacked.events[0]).not.toHaveProperty('body');
  });
});
