import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { BUNDLE_VERSION, type Manifest } from '../../src/bundle/index.ts';
import type { OutFile } from '../../src/compiler/hashed-file.ts';
import { MANIFEST, writeBundle } from '../../src/compiler/write-bundle.ts';

const scratch = mkdtempSync(join(tmpdir(), 'dateline-write-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function* files(count: number): Generator<OutFile, Manifest> {
  for (let i = 0; i < count; i++)
    yield { path: `days/2015/09-${i}.${'a'.repeat(11)}${i % 10}.json`, content: Buffer.from(`{"n":${i}}`) };
  return { version: BUNDLE_VERSION } as Manifest;
}

it('writes every file, then the manifest', () => {
  const out = join(scratch, 'ok');
  const { stats } = writeBundle(out, files(40));
  expect(stats).toEqual({ written: 40, unchanged: 0, deleted: 0 });
  expect(existsSync(join(out, MANIFEST))).toBe(true);
  expect(existsSync(join(out, 'days/2015/09-39.aaaaaaaaaaa9.json'))).toBe(true);
});

it('fails the build, without a manifest, when one of the files cannot be written', () => {
  const out = join(scratch, 'broken');
  // A folder where the 30th file's temporary copy goes makes its write fail.
  mkdirSync(join(out, `days/2015/09-29.aaaaaaaaaaa9.json.tmp-${process.pid}`), { recursive: true });
  expect(() => writeBundle(out, files(40))).toThrow(/EISDIR|illegal operation on a directory/);
  expect(existsSync(join(out, MANIFEST))).toBe(false);
});
