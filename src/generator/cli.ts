/** Writes a synthetic corpus to disk: `npm run gen:corpus -- --events N --out DIR`. */
import { mkdirSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseGeneratorArgs } from './args.ts';
import { generateCorpus } from './corpus.ts';

/** Writes in flight at once: lets the disk work while the next files are generated. */
const IN_FLIGHT = 64;

async function main(): Promise<void> {
  const args = parseGeneratorArgs(process.argv.slice(2));
  const started = performance.now();
  const corpus = generateCorpus(args);
  // Start from an empty tree so files from a previous, larger run cannot linger.
  rmSync(join(args.out, 'news'), { recursive: true, force: true });
  const made = new Set<string>();
  let files = 0;
  let bytes = 0;
  const pending = new Set<Promise<void>>();
  for (const file of corpus.files()) {
    const path = join(args.out, file.path);
    const dir = dirname(path);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    const write = writeFile(path, file.content).then(() => {
      pending.delete(write);
    });
    pending.add(write);
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
    files++;
    bytes += typeof file.content === 'string' ? Buffer.byteLength(file.content) : file.content.byteLength;
  }
  await Promise.all(pending);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${corpus.plan.events.length} events (${corpus.malformed.size} malformed) in ${files} files, ` +
      `${(bytes / 1e6).toFixed(1)} MB, written to ${args.out} in ${seconds.toFixed(1)} s`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
