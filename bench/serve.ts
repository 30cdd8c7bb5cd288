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

/**
 * Builds the app once into bench/.cache/app, without whatever public/data holds: the build's
 * page step (which needs a bundle for its 404 page) reads the small fixture tree's, and writes
 * no event pages (bench/pages.ts measures those); each site then links its own bundle.
 */
export function buildApp(): string {
  const dir = join(CACHE, 'app');
  const publicDir = join(CACHE, 'app-public');
  rmSync(publicDir, { recursive: true, force: true });
  const compiled = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/compiler/cli.ts', '--src', 'test/fixtures/small-corpus', '--out', join(publicDir, 'data')],
    { cwd: ROOT, stdio: 'ignore' },
  );
  if (compiled.status !== 0) throw new Error(`compiling the fixture tree exited with ${compiled.status}`);
  const args = [VITE, 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'];
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: 'inherit',
    // A shell with NODE_ENV=development would otherwise give a development build of React.
    env: { ...process.env, NODE_ENV: 'production', DATELINE_PUBLIC_DIR: publicDir, DATELINE_PAGES: 'none' },
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
