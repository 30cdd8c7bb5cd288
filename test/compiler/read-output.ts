import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dayFromIso, type DayFile, type IndexShard, type Manifest } from '../../src/bundle/index.ts';
import { joinDay, type DayDetail } from '../../src/lib/data/day-detail.ts';

/** Every file below `dir` as text, keyed by its path relative to `dir`. */
export function readOutput(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) =>
    readdirSync(at).forEach((name) => {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, 'utf8');
    });
  walk(dir);
  return files;
}

/** A day of a compiled bundle as the app's panels see it (day file joined with its index shard). */
export function readDayDetail(out: string, iso: string): DayDetail {
  const read = <T>(path: string) => JSON.parse(readFileSync(join(out, path), 'utf8')) as T;
  const manifest = read<Manifest>('manifest.json');
  const day = dayFromIso(iso)!;
  const entry = manifest.shards.find((shard) => shard.firstDay <= day && day <= shard.lastDay)!;
  const shard = read<IndexShard>(entry.file);
  return joinDay(read<DayFile>(shard.dayFiles[String(day)]), shard, manifest);
}
