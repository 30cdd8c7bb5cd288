import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { datelineData } from './src/compiler/vite-plugin.ts';
import { datelinePages } from './src/pages/vite-plugin.ts';

export default defineConfig({
  plugins: [react(), datelineData(), datelinePages()],
  // What `vite build` copies into the site: public/ (its data/ is the compiled bundle), or a
  // folder of one's own, as the browser tests build theirs without touching public/data.
  publicDir: process.env.DATELINE_PUBLIC_DIR || 'public',
  // The benchmark caches corpora of up to a million files under bench/.cache: neither the
  // dependency scanner nor the file watcher should walk them.
  optimizeDeps: { entries: ['index.html'] },
  server: { watch: { ignored: [/[\\/]bench[\\/]\.cache(?:[\\/]|$)/, /[\\/]dist(?:[\\/]|$)/] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          // Browser journeys against `vite preview` of a real build (see test/e2e/global-setup.ts).
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
