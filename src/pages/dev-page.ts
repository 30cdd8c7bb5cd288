/** The dev server's static pages: rendered from the current bundle on each request, never written. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayPath, eventPath, parseNewsPath, type DayFile, type IndexShard } from '../bundle/index.ts';
import { joinDay } from '../lib/data/join-day.ts';
import { shardIndexOfDay } from '../lib/shard-window.ts';
import { readManifest } from './read-bundle.ts';
import { renderDay } from './render-day.ts';
import { parseShell } from './shell.ts';
import type { Site } from './site.ts';

/** The page at `path` (an app path), or null when the bundle has no such day or event. */
export function renderDevPage(dataDir: string, site: Site, indexHtml: string, path: string): string | null {
  const news = parseNewsPath(path);
  if (!news || !existsSync(join(dataDir, 'manifest.json'))) return null;
  const manifest = readManifest(dataDir);
  const at = shardIndexOfDay(manifest.shards, news.day);
  if (at < 0) return null;
  const shard = JSON.parse(readFileSync(join(dataDir, manifest.shards[at].file), 'utf8')) as IndexShard;
  const file = shard.dayFiles[String(news.day)];
  if (!file) return null;
  const detail = joinDay(JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as DayFile, shard, manifest);
  const wanted = `${news.kind === 'event' ? eventPath(news.id) : dayPath(news.day)}.html`;
  const pages = renderDay(parseShell(indexHtml, site), site, 'events', {
    day: news.day,
    events: detail.events,
  });
  return pages.files.find((page) => page.path === wanted)?.content ?? null;
}
