import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { compile } from '../../src/compiler/compile.ts';

/** The whole bundle of the small fixture tree (binary search index files as base64). Refresh with `UPDATE_GOLDEN=1 npx vitest run test/compiler/golden.test.ts`. */
const GOLDEN = 'test/fixtures/small-corpus.golden.json';

it('compiles the small fixture tree to the checked-in bundle', async () => {
  const out = mkdtempSync(join(tmpdir(), 'dateline-golden-'));
  try {
    await compile({ src: 'test/fixtures/small-corpus', out, threads: false });
    const bundle: Record<string, unknown> = {};
    const walk = (dir: string) =>
      readdirSync(dir)
        .sort()
        .forEach((name) => {
          const path = join(dir, name);
          if (statSync(path).isDirectory()) walk(path);
          else if (name.endsWith('.bin')) bundle[relative(out, path)] = readFileSync(path).toString('base64');
          else bundle[relative(out, path)] = JSON.parse(readFileSync(path, 'utf8'));
        });
    walk(out);
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, JSON.stringify(bundle, null, 2) + '\n');
    expect(bundle).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
