/**
 * The app as a user would get it: one production build, then per corpus a site folder (the
 * build plus a `data` link to that corpus's compiled bundle) served by `vite preview`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { CACHE, ROOT } from './corpora.ts';

const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

export interface Preview {
  url: string;
  stop(): void;
}

/** Builds the app once into bench/.cache/app, without whatever public/data holds. */
export function buildApp(): string {
  const dir = join(CACHE, 'app');
  const result = spawnSync(process.execPath, [VITE, 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    // A shell with NODE_ENV=development would otherwise give a development build of React.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`vite build exited with ${result.status}`);
  rmSync(join(dir, 'data'), { recursive: true, force: true });
  return dir;
}

/** The app plus a symlinked data folder: no copy of a bundle that can be hundreds of MB. */
export function makeSite(appDir: string, dataDir: string, name: string): string {
  const site = join(CACHE, `site-${name}`);
  rmSync(site, { recursive: true, force: true });
  cpSync(appDir, site, { recursive: true });
  symlinkSync(dataDir, join(site, 'data'), 'dir');
  return site;
}

export async function startPreview(siteDir: string): Promise<Preview> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [VITE, 'preview', '--outDir', siteDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${url}/data/manifest.json`, 30_000);
  } catch (error) {
    child.kill();
    throw error;
  }
  return { url, stop: () => child.kill() };
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

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
