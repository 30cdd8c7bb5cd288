import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/bundle/index.ts';
import type { Report } from '../../src/compiler/report.ts';
import { readOutput } from './read-output.ts';

const FIXTURE = 'test/fixtures/small-corpus';
const scratch = mkdtempSync(join(tmpdir(), 'dateline-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/compiler/cli.ts', ...args, '--verbose'], {
    encoding: 'utf8',
    env: { ...process.env, DATELINE_SRC: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('build:data', { timeout: 60_000 }, () => {
  const out = join(scratch, 'out');
  const reportFile = join(scratch, 'report.json');
  const first = run('--src', FIXTURE, '--out', out, '--report', reportFile);

  it('prints the summary line and exits 0', () => {
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^compiled 7 events from 13 files \(1 day pages, 4 rejected, 4 warnings, 1 related links outside the collection\) in \d+\.\d s\n$/,
    );
  });

  it('reports every problem with path and line, and accounts for every file', () => {
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
    expect(report.files).toBe(report.events + report.dayPages + report.rejected.length + report.duplicates.length);
    expect(report.rejected.map((p) => p.file)).toEqual([
      'news/2016/01/04/empty-event.md',
      'news/2016/01/04/no-title.md',
      'news/2016/01/04/notes.txt',
      'news/2016/02/30/a-day-that-does-not-exist.md',
    ]);
    expect(report.duplicates).toHaveLength(1);
    expect(report.warnings.every((w) => w.file.startsWith('news/') && w.line >= 1 && w.message.length > 10)).toBe(true);
    expect(first.stderr).toContain('rejected: news/2016/01/04/empty-event.md:1: the file is empty');
  });

  it('accepts the news folder itself as the source', () => {
    expect(run('--src', join(FIXTURE, 'news'), '--out', join(scratch, 'out-news')).stdout).toMatch(
      /^compiled 7 events from 13 files/,
    );
  });

  it('writes byte-identical output for the same tree', () => {
    const again = join(scratch, 'again');
    run('--src', FIXTURE, '--out', again);
    expect(readOutput(again)).toEqual(readOutput(out));
  });

  it('exits 1 under --strict when a file was rejected', () => {
    expect(run('--src', FIXTURE, '--out', join(scratch, 'strict'), '--strict').code).toBe(1);
  });

  it('exits 2 with a message for a missing source folder or one without events', () => {
    const missing = run('--src', join(scratch, 'nope'), '--out', join(scratch, 'x'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does not exist');
    const empty = join(scratch, 'empty/news/2015/09/26');
    mkdirSync(empty, { recursive: true });
    writeFileSync(join(empty, 'index.md'), '# 2015-09-26\n');
    const none = run('--src', join(scratch, 'empty'), '--out', join(scratch, 'y'));
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no events found');
    expect(existsSync(join(scratch, 'y', 'manifest.json'))).toBe(false);
  });

  it('leaves the previous bundle whole when a build fails part way', () => {
    const src = join(scratch, 'src');
    const target = join(scratch, 'atomic');
    cpSync(FIXTURE, src, { recursive: true });
    expect(run('--src', src, '--out', target).code).toBe(0);
    const before = readFileSync(join(target, 'manifest.json'), 'utf8');

    mkdirSync(join(src, 'news/2017/03/03'), { recursive: true });
    writeFileSync(
      join(src, 'news/2017/03/03/a-new-event.md'),
      '### [2017-03-03](/news/2017/03/03/index.md)\n\n# A new event. \n',
    );
    writeFileSync(join(target, 'days', '2017'), 'a file where the build needs a folder');
    const failed = run('--src', src, '--out', target);

    expect(failed.code).toBe(2);
    expect(readFileSync(join(target, 'manifest.json'), 'utf8')).toBe(before);
    const manifest = JSON.parse(before) as Manifest;
    for (const file of [...manifest.shards.map((s) => s.file), ...manifest.postings])
      expect(existsSync(join(target, file)), file).toBe(true);
  });

  it('deletes files the new manifest no longer references', () => {
    const src = join(scratch, 'src2');
    const target = join(scratch, 'cleanup');
    cpSync(FIXTURE, src, { recursive: true });
    run('--src', src, '--out', target);
    const dayFiles = () => readdirSync(join(target, 'days/2015'));
    expect(dayFiles().some((f) => f.startsWith('12-24.'))).toBe(true);
    rmSync(join(src, 'news/misc'), { recursive: true });
    expect(run('--src', src, '--out', target).code).toBe(0);
    expect(dayFiles().some((f) => f.startsWith('12-24.'))).toBe(false);
  });
});
