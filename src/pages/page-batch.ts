/**
 * One index shard's pages, rendered and written where they run (a worker thread, or this one for
 * small sites). Each file is written with one blocking call, and only when its bytes differ from
 * what the previous build wrote there (the record, page-record.ts): at 150,000 events the
 * promise-based writes cost three times the processor time, and an unchanged page costs nothing.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Codec } from '../compiler/thread-codec.ts';
import type { Job } from '../compiler/worker-pool.ts';
import { readPageRecord, type PageRecord } from './page-record.ts';
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
  /** The previous build's record, or null for a cold build. */
  recordFile: string | null;
}

export interface PageBatchResult {
  shard: number;
  /** App paths of the pages, in order, for the sitemap. */
  paths: string[];
  /** Every page file (path under the site, `news/...`) with the hash of its bytes. */
  hashes: [string, string][];
  /** Page files written (the others were already on disk as they are). */
  written: string[];
  bytes: number;
  dayPages: number;
  eventPages: number;
}

/** What a thread keeps between batches of one build: the previous record, read once. */
let previous: { file: string | null; record: PageRecord } | undefined;

export function writePageBatch(batch: PageBatch): PageBatchResult {
  if (previous?.file !== batch.recordFile)
    previous = { file: batch.recordFile, record: batch.recordFile ? readPageRecord(batch.recordFile) : new Map() };
  const { record } = previous;
  const dataDir = join(batch.dist, 'data');
  const shell = parseShell(batch.html, batch.site);
  const result: PageBatchResult = {
    shard: batch.shard,
    paths: [],
    hashes: [],
    written: [],
    bytes: 0,
    dayPages: 0,
    eventPages: 0,
  };
  const madeDirs = new Set<string>();
  for (const day of shardDays(dataDir, readManifest(dataDir), batch.shard)) {
    const pages = renderDay(shell, batch.site, batch.mode, day);
    result.paths.push(...pages.paths);
    if (batch.mode !== 'none') result.dayPages++;
    if (batch.mode === 'events') result.eventPages += day.events.length;
    for (const file of pages.files) {
      const path = file.path.replace(/^\//, '');
      const hash = hashOf(file.content);
      result.hashes.push([path, hash]);
      result.bytes += Buffer.byteLength(file.content);
      if (record.get(path) === hash) continue;
      const target = join(batch.dist, path);
      const dir = dirname(target);
      if (!madeDirs.has(dir)) mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
      writeFileSync(target, file.content);
      result.written.push(path);
    }
  }
  return result;
}

function hashOf(content: string): string {
  return createHash('md5').update(content).digest('base64url').slice(0, 16);
}

/** The results are plain arrays and numbers: a structured clone carries them as they are. */
const asIs: Codec<PageBatchResult> = {
  pack: (result) => ({ result, counts: [], values: [] }),
  unpack: (packed) => packed.result,
};

export const pageBatchJob: Job<PageBatch, PageBatchResult> = { name: 'pages', run: writePageBatch, codec: asIs };
