/**
 * One index shard's pages, rendered and written where they run (a worker thread, or this one for
 * small sites). Each file is written with one blocking call (promise-based writes cost three times
 * the processor time) and, after an earlier build, only when its bytes differ from the file on disk.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Manifest } from '../bundle/index.ts';
import type { Codec } from '../compiler/thread-codec.ts';
import type { Job } from '../compiler/worker-pool.ts';
import { shardDays, readManifest } from './read-bundle.ts';
import { renderDay, type PagesMode } from './render-day.ts';
import { parseShell } from './shell.ts';
import type { Site } from './site.ts';

export interface PageBatch {
  dist: string;
  /** The site's index.html with its policy: the template of every page. */
  html: string;
  site: Site;
  mode: PagesMode;
  /** Index into the manifest's shards. */
  shard: number;
  /** Pages of an earlier build are in the folder: compare before writing. */
  incremental: boolean;
  /** Which writePages call the batch is of: a thread reads the manifest once per build. */
  build: number;
}

export interface PageBatchResult {
  shard: number;
  /** App paths of the pages, in order, for the sitemap. */
  paths: string[];
  /** Every page file, as a path under the site (`news/...`). */
  files: string[];
  /** Page files written (the others were already on disk as they are). */
  written: string[];
  bytes: number;
  dayPages: number;
  eventPages: number;
  /** Milliseconds this batch spent reading the bundle back, rendering and writing (compare included). */
  timings: PageTimings;
}

export interface PageTimings {
  read: number;
  render: number;
  write: number;
}

/** The manifest of the build this thread last worked for (316 KB at 150,000 events, 258 shards). */
let lastManifest: { build: number; dataDir: string; manifest: Manifest } | undefined;

function manifestOf(batch: PageBatch, dataDir: string): Manifest {
  if (lastManifest?.build !== batch.build || lastManifest.dataDir !== dataDir)
    lastManifest = { build: batch.build, dataDir, manifest: readManifest(dataDir) };
  return lastManifest.manifest;
}

export function writePageBatch(batch: PageBatch): PageBatchResult {
  const dataDir = join(batch.dist, 'data');
  const shell = parseShell(batch.html, batch.site);
  const result: PageBatchResult = {
    shard: batch.shard,
    paths: [],
    files: [],
    written: [],
    bytes: 0,
    dayPages: 0,
    eventPages: 0,
    timings: { read: 0, render: 0, write: 0 },
  };
  const { timings } = result;
  const madeDirs = new Set<string>();
  let at = performance.now();
  /** Adds the time since the last lap to `step`. */
  const lap = (step: keyof PageTimings) => {
    const now = performance.now();
    timings[step] += now - at;
    at = now;
  };
  for (const day of shardDays(dataDir, manifestOf(batch, dataDir), batch.shard)) {
    lap('read');
    const pages = renderDay(shell, batch.site, batch.mode, day);
    lap('render');
    result.paths.push(...pages.paths);
    if (batch.mode !== 'none') result.dayPages++;
    if (batch.mode === 'events') result.eventPages += day.events.length;
    for (const file of pages.files) {
      const path = file.path.replace(/^\//, '');
      result.files.push(path);
      // Encoded once, for the count, the comparison and the write.
      const bytes = Buffer.from(file.content);
      result.bytes += bytes.length;
      const target = join(batch.dist, path);
      if (batch.incremental && onDisk(target)?.equals(bytes)) continue;
      const dir = dirname(target);
      if (!madeDirs.has(dir)) mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
      writeFileSync(target, bytes);
      result.written.push(path);
    }
    lap('write');
  }
  lap('read');
  return result;
}

function onDisk(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

/** The results are plain arrays and numbers: a structured clone carries them as they are. */
const asIs: Codec<PageBatchResult> = {
  pack: (result) => ({ result, counts: [], values: [] }),
  unpack: (packed) => packed.result,
};

export const pageBatchJob: Job<PageBatch, PageBatchResult> = { name: 'pages', run: writePageBatch, codec: asIs };
