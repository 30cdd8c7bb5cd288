/** Sizes of a compiled bundle: everything raw and gzipped, and the manifest (the first view). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Buffer } from 'node:buffer';
import type { DayFile, Inline } from '../src/bundle/index.ts';

export interface BundleSize {
  files: number;
  rawBytes: number;
  gzipBytes: number;
  manifestGzipBytes: number;
  /** The search index on disk (search/), and the text it indexes (titles and bodies) gzipped. */
  searchRawBytes: number;
  indexedTextGzipBytes: number;
}

export function bundleSize(dir: string): BundleSize {
  const size: BundleSize = {
    files: 0,
    rawBytes: 0,
    gzipBytes: 0,
    manifestGzipBytes: Number.NaN,
    searchRawBytes: 0,
    indexedTextGzipBytes: 0,
  };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const content = readFileSync(join(entry.parentPath, entry.name));
    // Level 6: what static servers and CDNs use by default.
    const gzipped = gzipSync(content, { level: 6 }).byteLength;
    size.files++;
    size.rawBytes += content.byteLength;
    size.gzipBytes += gzipped;
    if (entry.parentPath === dir && entry.name === 'manifest.json') size.manifestGzipBytes = gzipped;
    const under = entry.parentPath.slice(dir.length + 1);
    if (under.startsWith('search')) size.searchRawBytes += content.byteLength;
    if (under.startsWith('days')) size.indexedTextGzipBytes += gzipSync(indexedText(content), { level: 6 }).byteLength;
  }
  return size;
}

/** A day file's titles and body text, as the search index reads them (a day at a time: gzip's
 *  window is 32 KB, so one stream over the corpus would compress no better). */
function indexedText(dayFile: Buffer): string {
  const day = JSON.parse(dayFile.toString('utf8')) as DayFile;
  const text = (inlines: Inline[]): string =>
    inlines.map((inline) => ('value' in inline ? inline.value : text(inline.children))).join(' ');
  return day.events.map((event) => `${event.title}\n${event.body.map((b) => text(b.children)).join('\n')}`).join('\n');
}
