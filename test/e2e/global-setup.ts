/**
 * Compiles the sample corpus into public/data, builds the app and serves it with `vite preview`
 * on a free port, so the browser tests exercise what a user would deploy.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    distDir: string;
  }
}

// One folder per run: several people may run `npm test` in this tree at once.
const DIST = `dist/e2e-${process.pid}`;
const VITE = 'node_modules/vite/bin/vite.js';

export default async function setup(project: TestProject) {
  const corpus = process.env.DATELINE_E2E_SRC ?? (existsSync('sample-corpus') ? 'sample-corpus' : 'test/fixtures/small-corpus');
  run(process.execPath, ['--import', 'tsx', 'src/compiler/cli.ts', '--src', corpus, '--out', 'public/data']);
  // Vitest sets NODE_ENV=test, which would make this a development build of React.
  run(process.execPath, [VITE, 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'], { NODE_ENV: 'production' });

  const port = await freePort();
  const preview = spawn(process.execPath, [VITE, 'preview', '--outDir', DIST, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitForServer(baseURL, 30_000);
  project.provide('baseURL', baseURL);
  project.provide('distDir', DIST);
  return () => {
    preview.kill();
    rmSync(DIST, { recursive: true, force: true });
  };
}

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/data/manifest.json`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}
