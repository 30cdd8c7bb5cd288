import { describe, expect, it } from 'vitest';
import { parseFiles, parseJob } from '../../src/compiler/parse-files.ts';
import { findTree } from '../../src/compiler/read-tree.ts';

const tree = await findTree('test/fixtures/small-corpus');

describe('the codec of results crossing threads', () => {
  it('gives back a parse batch, related entries and all, after a structured clone', () => {
    const batch = { tree, first: 0, files: tree.files };
    const expected = parseJob.run(batch);
    const { codec } = parseJob;
    const packed = structuredClone(codec.pack(parseJob.run(batch)));
    expect(packed.result.parsed.some(({ outcome }) => outcome.kind === 'event')).toBe(true);
    expect(codec.unpack(packed)).toEqual(expected);
  });

  it('sends each event with no related entries of its own: they travel in one flat array', () => {
    const packed = parseJob.codec.pack(parseJob.run({ tree, first: 0, files: tree.files }));
    for (const { outcome } of packed.result.parsed)
      if (outcome.kind === 'event') expect(outcome.event.related).toEqual([]);
    expect(packed.values.length).toBe(4 * packed.counts.reduce((sum, count) => sum + count, 0));
    expect(packed.values.length).toBeGreaterThan(0);
  });

  it('parses on worker threads what it parses in this one', async () => {
    const collect = async (threads: boolean | 'always') => {
      const outcomes: unknown[] = [];
      await parseFiles(
        tree,
        tree.files,
        ({ first, parsed }) => parsed.forEach((file, i) => (outcomes[first + i] = file)),
        {
          threads,
          batchSize: 3,
        },
      );
      return outcomes;
    };
    expect(await collect('always')).toEqual(await collect(false));
  }, 30_000);
});
