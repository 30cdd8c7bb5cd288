/**
 * Compiles the sample corpus into a public folder of the tests' own (never over the developer's
 * public/data), builds the app with it and serves it with `vite preview` on a free port, so the
 * browser tests exercise what a user would deploy.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startPreview } from '../support/preview.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    distDir: string;
  }
}

// One folder per run: several people may run `npm test` in this tree at once.
const DIST = `dist/e2e-${process.pid}`;
const PUBLIC = `dist/e2e-${process.pid}-public`;
const VITE = 'node_modules/vite/bin/vite.js';
export const SITE_URL = 'https://dateline.example';

export default async function setup(project: TestProject) {
  const corpus =
    process.env.DATELINE_E2E_SRC ?? (existsSync('sample-corpus') ? 'sample-corpus' : 'test/fixtures/small-corpus');
  cpSync('public', PUBLIC, { recursive: true, filter: (path) => !/^public[\\/]data(?:[\\/]|$)/.test(path) });
  run(process.execPath, ['--import', 'tsx', 'src/compiler/cli.ts', '--src', corpus, '--out', `${PUBLIC}/data`]);
  // Vitest sets NODE_ENV=test, which would make this a development build of React.
  run(process.execPath, [VITE, 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'], {
    NODE_ENV: 'production',
    DATELINE_PUBLIC_DIR: PUBLIC,
    // The pages' absolute links (canonical, og:url, oEmbed, sitemap); the tests read paths.
    DATELINE_SITE_URL: SITE_URL,
  });

  const preview = await startPreview(DIST);
  project.provide('baseURL', preview.url);
  project.provide('distDir', DIST);
  return () => {
    preview.stop();
    rmSync(DIST, { recursive: true, force: true });
    rmSync(PUBLIC, { recursive: true, force: true });
  };
}

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
}
