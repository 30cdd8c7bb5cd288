/** Reads a compiled bundle from disk day by day, as the app would join it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DayFile, IndexShard, Manifest } from '../bundle/index.ts';
import { joinDay } from '../lib/data/join-day.ts';
import type { DayInput } from './render-day.ts';

export function readManifest(dataDir: string): Manifest {
  return readJson<Manifest>(dataDir, 'manifest.json');
}

/** Every day with events, in order, one at a time (a shard's days are read as they are used). */
export function* bundleDays(dataDir: string, manifest: Manifest): Generator<DayInput> {
  for (let at = 0; at < manifest.shards.length; at++) yield* shardDays(dataDir, manifest, at);
}

/** The days of the manifest's shard `at`, in order. */
export function* shardDays(dataDir: string, manifest: Manifest, at: number): Generator<DayInput> {
  const entry = manifest.shards[at];
  const shard = readJson<IndexShard>(dataDir, entry.file);
  for (const [day, file] of Object.entries(shard.dayFiles)) {
    const detail = joinDay(readJson<DayFile>(dataDir, file), shard, manifest);
    yield { day: Number(day), events: detail.events };
  }
}

function readJson<T>(dataDir: string, path: string): T {
  return JSON.parse(readFileSync(join(dataDir, path), 'utf8')) as T;
}
