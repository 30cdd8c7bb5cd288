import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/compiler/compile.ts';
import { readCorpusFile } from '../../src/compiler/read-file.ts';
import { findTree } from '../../src/compiler/read-tree.ts';
import type { Report } from '../../src/compiler/report.ts';

const scratch = mkdtempSync(join(tmpdir(), 'dateline-tree-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const DAY = 'news/2016/01/04';
const EVENT = `### [2016-01-04](/news/2016/01/04/index.md)\n\n# A linked event. \n\nText.\n`;

/** A copy of the small fixture corpus with `extra` done to it. */
function corpus(name: string, extra: (src: string) => void): string {
  const src = join(scratch, name);
  cpSync('test/fixtures/small-corpus', src, { recursive: true });
  extra(src);
  return src;
}

const rejected = (report: Report, file: string) => report.rejected.find((p) => p.file === file)?.message;

describe('reading the tree', { timeout: 60_000 }, () => {
  const outsider = join(scratch, 'outside.md');
  writeFileSync(outsider, EVENT);
  const src = corpus('links', (dir) => {
    symlinkSync(outsider, join(dir, DAY, 'to-outside.md'));
    symlinkSync('/dev/zero', join(dir, DAY, 'to-zero.md'));
    writeFileSync(join(dir, DAY, 'inside.txt'), EVENT);
    symlinkSync('inside.txt', join(dir, DAY, 'to-inside.md'));
    spawnSync('mkfifo', [join(dir, DAY, 'pipe.md')]);
  });

  it('follows no symbolic link and reads no FIFO by default, reporting each as rejected', async () => {
    const { report } = await compile({ src, out: join(scratch, 'out-links'), threads: false });
    for (const name of ['to-outside.md', 'to-zero.md', 'to-inside.md'])
      expect(rejected(report, `${DAY}/${name}`)).toMatch(/^a symbolic link; links are not followed/);
    expect(rejected(report, `${DAY}/pipe.md`)).toBe('a named pipe (FIFO), not a regular file; it was not read');
    expect(report.files).toBe(report.events + report.dayPages + report.rejected.length + report.duplicates.length);
    expect(report.events).toBe(7);
  });

  it('with followSymlinks, follows links to files inside the news folder only', async () => {
    const { report } = await compile({ src, out: join(scratch, 'out-follow'), threads: false, followSymlinks: true });
    expect(rejected(report, `${DAY}/to-outside.md`)).toMatch(/leads outside the news folder/);
    expect(rejected(report, `${DAY}/to-zero.md`)).toMatch(/leads outside the news folder/);
    expect(rejected(report, `${DAY}/to-inside.md`)).toBeUndefined();
    expect(report.events).toBe(8);
  });

  it('reports names that are not UTF-8, escaped, and builds the rest', async () => {
    const bad = corpus('names', (dir) => {
      const day = Buffer.from(join(dir, DAY) + '/');
      writeFileSync(Buffer.concat([day, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x6d, 0x64])]), EVENT);
      mkdirSync(Buffer.concat([day, Buffer.from([0xff, 0xfe])]));
    });
    const tree = await findTree(bad);
    expect(tree.skipped).toEqual([
      { file: `${DAY}/\\xff\\xfe`, line: 1, message: 'the name is not valid UTF-8; it was left out' },
      { file: `${DAY}/caf\\xe9.md`, line: 1, message: 'the name is not valid UTF-8; it was left out' },
    ]);
    const { report } = await compile({ src: bad, out: join(scratch, 'out-names'), threads: false });
    expect(report.events).toBe(7);
  });

  it('reads at most the size limit, and never waits on a FIFO', () => {
    const big = join(scratch, 'big.md');
    writeFileSync(big, 'x'.repeat(5000));
    expect(readCorpusFile(big, 4096)).toMatchObject({ size: 5000, bytes: new Uint8Array(0) });
    expect(readCorpusFile(big, 8192).bytes).toHaveLength(5000);
    expect(() => readCorpusFile(join(src, DAY, 'pipe.md'), 4096)).toThrow('not a regular file');
    expect(() => readCorpusFile('/dev/zero', 4096)).toThrow('not a regular file');
  });
});

describe('build:data on a tree with an unreadable folder and a hostile name', { timeout: 60_000 }, () => {
  it('rejects the folder, escapes the name on the terminal and builds the rest', () => {
    const src = corpus('unreadable', (dir) => {
      chmodSync(join(dir, 'news/2015/10/3'), 0);
      writeFileSync(join(dir, DAY, 'red\x1b[31m.md'), EVENT);
    });
    chmodSync(scratch, 0o755);
    const out = join(scratch, 'out-unreadable');
    mkdirSync(out);
    chmodSync(out, 0o777);
    // As root every folder is readable, so the build runs as nobody.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/compiler/cli.ts',
        '--src',
        src,
        '--out',
        out,
        '--report',
        join(out, 'r.json'),
        '--verbose',
      ],
      { encoding: 'utf8', env: { ...process.env, DATELINE_SRC: '' }, ...asNobody },
    );
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(
      'rejected: news/2015/10/3/:1: the folder cannot be read (EACCES); its files are left out',
    );
    expect(result.stderr).toContain('warning: news/2016/01/04/red\\u{1b}[31m.md:1:');
    expect(result.stderr).not.toContain('\x1b');
    const report = JSON.parse(readFileSync(join(out, 'r.json'), 'utf8')) as Report;
    expect(report.rejected.map((p) => p.file)).toContain('news/2015/10/3/');
    expect(report.events).toBe(8);
  });
});
