import { spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { IndexShard, Manifest } from '../../src/bundle/index.ts';
import { compile } from '../../src/compiler/compile.ts';
import { LOCK_FILE, unsafeOutFolder, withOutputLock } from '../../src/compiler/out-folder.ts';

const scratch = mkdtempSync(join(tmpdir(), 'dateline-out-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const CLI = ['--import', 'tsx', 'src/compiler/cli.ts'];
const env = { ...process.env, DATELINE_SRC: '' };

function build(...args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...CLI, ...args], { env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

const buildSync = (...args: string[]) => spawnSync(process.execPath, [...CLI, ...args], { encoding: 'utf8', env });

/** Files the manifest needs, directly or through its index shards, that are not there. */
function missingFiles(out: string): string[] {
  const read = <T>(path: string) => JSON.parse(readFileSync(join(out, path), 'utf8')) as T;
  const manifest = read<Manifest>('manifest.json');
  const needed = [...manifest.shards.map((shard) => shard.file), ...manifest.postings];
  for (const shard of manifest.shards)
    if (existsSync(join(out, shard.file))) needed.push(...Object.values(read<IndexShard>(shard.file).dayFiles));
  return needed.filter((path) => !existsSync(join(out, path)));
}

describe('one build at a time per output folder', { timeout: 120_000 }, () => {
  it('two builds of different trees at once both succeed and leave no missing file', async () => {
    // The sample, and the sample with every file changed: as large, so the builds overlap.
    const other = join(scratch, 'other');
    cpSync('sample-corpus', other, { recursive: true });
    for (const file of readdirSync(other, { recursive: true, encoding: 'utf8' }))
      if (file.endsWith('.md')) appendFileSync(join(other, file), '\nAnother paragraph.\n');
    const out = join(scratch, 'shared');
    for (let round = 0; round < 2; round++) {
      const results = await Promise.all([
        build('--src', 'sample-corpus', '--out', out),
        build('--src', other, '--out', out),
      ]);
      expect(results.map((r) => r.code)).toEqual([0, 0]);
      expect(missingFiles(out)).toEqual([]);
    }
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
  });

  it('a second build waits while the first holds the folder, then writes', async () => {
    const out = join(scratch, 'waiting');
    const eventCount = () => (JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest).eventCount;
    let second: ReturnType<typeof build> | undefined;
    await withOutputLock(out, async () => {
      await compile({ src: 'sample-corpus', out, threads: false });
      second = build('--src', 'test/fixtures/small-corpus', '--out', out);
      await sleep(4000); // long enough for the small build, had it not waited
      expect(eventCount()).toBe(387);
    });
    const { code, stderr } = await second!;
    expect(code).toBe(0);
    expect(stderr).toContain(`build:data: waiting for the build ${process.pid} `);
    expect(eventCount()).toBe(7);
    expect(missingFiles(out)).toEqual([]);
  });

  it('takes over a lock whose build is gone', () => {
    const out = join(scratch, 'stale');
    mkdirSync(out);
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(join(out, LOCK_FILE), `${gone.stdout} ${hostname()} 2026-01-01T00:00:00Z\n`);
    expect(buildSync('--src', 'test/fixtures/small-corpus', '--out', out).status).toBe(0);
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
  });

  it('fails clearly, leaving the folder alone, when a live build holds it past --wait', () => {
    const out = join(scratch, 'busy');
    mkdirSync(out);
    writeFileSync(join(out, LOCK_FILE), `${process.pid} ${hostname()} 2026-01-01T00:00:00Z\n`);
    const result = buildSync('--src', 'test/fixtures/small-corpus', '--out', out, '--wait', '0.3');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`build:data: another build (process ${process.pid} `);
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
  });
});

describe('where a bundle may go', { timeout: 60_000 }, () => {
  it('refuses the root, the source folder and folders inside it', () => {
    expect(unsafeOutFolder('sample-corpus', '/')).toBe('/ is the root of the file system');
    expect(unsafeOutFolder('sample-corpus', 'sample-corpus')).toMatch(/inside the source folder/);
    expect(unsafeOutFolder('sample-corpus', 'sample-corpus/news/data')).toMatch(/inside the source folder/);
    expect(unsafeOutFolder('sample-corpus', 'public/data')).toBeNull();
    const result = buildSync('--src', 'test/fixtures/small-corpus', '--out', 'test/fixtures/small-corpus/news');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('build:data: refusing to write the bundle there: ');
  });

  it('checks --report before building, so a bad path leaves the previous bundle in place', () => {
    const out = join(scratch, 'report-first');
    const result = buildSync(
      '--src',
      'test/fixtures/small-corpus',
      '--out',
      out,
      '--report',
      join(scratch, 'no/such/r.json'),
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/cannot write the report to .*no\/such\/r\.json \(ENOENT.*\); nothing was compiled/);
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
  });
});
