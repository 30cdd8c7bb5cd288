/**
 * The app as a user would get it: one production build, then per corpus a site folder (the
 * build plus a `data` link to that corpus's compiled bundle) served by `vite preview`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE, ROOT } from './corpora.ts';

export { startPreview, type Preview } from '../test/support/preview.ts';

const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

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
