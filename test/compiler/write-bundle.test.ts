import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/bundle/index.ts';
import type { OutFile } from '../../src/compiler/shard.ts';
import { MANIFEST, writeBundle, writerInAThread, writerInThisThread } from '../../src/compiler/write-bundle.ts';

const scratch = mkdtempSync(join(tmpdir(), 'dateline-write-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function* files(count: number): Generator<OutFile, Manifest> {
  for (let i = 0; i < count; i++) yield { path: `days/2015/09-${i}.${'a'.repeat(11)}${i % 10}.json`, content: Buffer.from(`{"n":${i}}`) };
  return { version: 1 } as Manifest;
}

const writers = { 'in this thread': writerInThisThread, 'in a thread of its own': writerInAThread };

describe.each(Object.entries(writers))('writing %s', (name, writerFor) => {
  const folder = name.replaceAll(' ', '-');

  it('writes every file, then the manifest', async () => {
    const out = join(scratch, folder, 'ok');
    const { stats } = await writeBundle(out, files(40), writerFor(out));
    expect(stats).toEqual({ written: 40, unchanged: 0, deleted: 0 });
    expect(existsSync(join(out, MANIFEST))).toBe(true);
    expect(readFileSync(join(out, 'days/2015/09-39.aaaaaaaaaaa9.json'), 'utf8')).toBe('{"n":39}');
  });

  it('fails the build, without a manifest, when one of the files cannot be written', async () => {
    const out = join(scratch, folder, 'broken');
    // A folder where the 30th file's temporary copy goes makes its write fail.
    mkdirSync(join(out, `days/2015/09-29.aaaaaaaaaaa9.json.tmp-${process.pid}`), { recursive: true });
    await expect(writeBundle(out, files(40), writerFor(out))).rejects.toThrow(/EISDIR|illegal operation on a directory/);
    expect(existsSync(join(out, MANIFEST))).toBe(false);
  });
});
