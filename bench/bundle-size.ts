/** Sizes of a compiled bundle: everything raw and gzipped, and the manifest (the first view). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  files: number;
  rawBytes: number;
  gzipBytes: number;
  manifestGzipBytes: number;
}

export function bundleSize(dir: string): BundleSize {
  const size: BundleSize = { files: 0, rawBytes: 0, gzipBytes: 0, manifestGzipBytes: Number.NaN };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const content = readFileSync(join(entry.parentPath, entry.name));
    // Level 6: what static servers and CDNs use by default.
    const gzipped = gzipSync(content, { level: 6 }).byteLength;
    size.files++;
    size.rawBytes += content.byteLength;
    size.gzipBytes += gzipped;
    if (entry.parentPath === dir && entry.name === 'manifest.json') size.manifestGzipBytes = gzipped;
  }
  return size;
}
