/**
 * `npm run build -- [--site-url URL] [--pages events|days|none] [--out-dir DIR]`: `vite build`
 * with the static pages' settings (Vite's own command line refuses flags it does not know).
 */
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { pagesSettings } from './options.ts';

try {
  const { values } = parseArgs({
    options: {
      'site-url': { type: 'string' },
      pages: { type: 'string' },
      'out-dir': { type: 'string' },
    },
  });
  if (values['site-url'] !== undefined) process.env.DATELINE_SITE_URL = values['site-url'];
  if (values.pages !== undefined) process.env.DATELINE_PAGES = values.pages;
  pagesSettings(process.env);
  await build({ build: values['out-dir'] ? { outDir: values['out-dir'] } : {} });
} catch (error) {
  process.stderr.write(
    `build: ${(error as Error).message}\nusage: npm run build -- [--site-url URL] [--pages events|days|none] [--out-dir DIR]\n`,
  );
  process.exitCode = 2;
}
