import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { once } from 'node:events';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, expect, it, vi } from 'vitest';
import type { Manifest } from '../../src/bundle/index.ts';
import { datelineData } from '../../src/compiler/vite-plugin.ts';

const scratch = mkdtempSync(join(tmpdir(), 'dateline-vite-'));
let server: ViteDevServer | undefined;
afterAll(async () => {
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const manifest = (out: string) => JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;

it('recompiles when a corpus file changes and tells the page the new build id', { timeout: 30_000 }, async () => {
  const src = join(scratch, 'corpus');
  const out = join(scratch, 'data');
  cpSync('test/fixtures/small-corpus', src, { recursive: true });
  const vitest = process.env.VITEST;
  delete process.env.VITEST; // the plugin stays out of Vitest's own server; this test wants it
  try {
    server = await createServer({
      // Its own folder: the repo root holds bench caches of 150,000 files the watcher would walk.
      root: scratch,
      configFile: false,
      logLevel: 'silent',
      plugins: [datelineData({ src, out })],
      server: { middlewareMode: true },
    });
  } finally {
    process.env.VITEST = vitest;
  }
  const sent = vi.fn();
  server.ws.send = sent as unknown as ViteDevServer['ws']['send'];
  await vi.waitFor(() => expect(manifest(out).eventCount).toBe(7), { timeout: 10_000 });
  const firstBuild = manifest(out).buildId;

  // The watcher may still be scanning the new folder; save again until it reports the edit.
  const file = join(src, 'news/misc/snow-day.md');
  const original = readFileSync(file, 'utf8');
  let saves = 0;
  await vi.waitFor(
    () => {
      if (!sent.mock.calls.length) writeFileSync(file, original.replace('Snow falls', `Heavy snow falls (${++saves})`));
      expect(sent).toHaveBeenCalled();
    },
    { timeout: 20_000, interval: 1000 },
  );
  type Sent = { type: string; event: string; data: { buildId: string } };
  const last = () => sent.mock.calls.at(-1)![0] as Sent;
  expect(last()).toMatchObject({ type: 'custom', event: 'dateline:bundle' });
  await vi.waitFor(() => expect(last().data.buildId).toBe(manifest(out).buildId), { timeout: 15_000 });
  expect(last().data.buildId).not.toBe(firstBuild);

  rmSync(file);
  await vi.waitFor(() => expect(manifest(out).eventCount).toBe(6), { timeout: 15_000 });

  // Every file of the rebuilt bundle, written after start-up, is served as JSON; nothing else is.
  const http = createHttpServer(server.middlewares).listen(0, '127.0.0.1');
  await once(http, 'listening');
  try {
    const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}/data/`;
    const served = await fetch(base + 'manifest.json');
    expect(served.headers.get('content-type')).toBe('application/json');
    const current = (await served.json()) as Manifest;
    expect(current.buildId).toBe(manifest(out).buildId);
    for (const path of [...current.shards.map((shard) => shard.file), ...current.postings]) {
      const response = await fetch(base + path);
      expect([path, response.status, response.headers.get('content-type')]).toEqual([path, 200, 'application/json']);
      await response.json();
    }
    for (const path of ['index/missing.0123456789ab.json', 'index/..%2f..%2fpackage.json', '.dateline-build.lock'])
      expect((await fetch(base + path)).status).toBe(404);
  } finally {
    http.close();
  }
});
