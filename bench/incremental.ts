/**
 * `tsx bench/incremental.ts SRC OUT FILE RUNS`: rebuilds after editing one file, the way the dev
 * server does (one build session, the changed path named by the watcher). The first build fills
 * the session and is not timed. Prints one JSON line: the wall time of each timed rebuild, from
 * the file write to the new manifest.json being in place.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { compile, type BuildSession } from '../src/compiler/compile.ts';

const [src, out, file, runsText] = process.argv.slice(2);
const session: BuildSession = { cache: new Map() };
await compile({ src, out, session });

const original = readFileSync(file);
const changed = new Set([relative(`${src}/news`, file)]);
const text = original.toString('utf8');
const cut = text.indexOf('\n', text.indexOf('\n# ') + 1) + 1;
const rebuildMs: number[] = [];
try {
  for (let run = 0; run < Number(runsText); run++) {
    const started = performance.now();
    writeFileSync(file, `${text.slice(0, cut)}\nUpdate ${run + 1}: the figures were revised.\n${text.slice(cut)}`);
    await compile({ src, out, session, changed });
    rebuildMs.push(performance.now() - started);
  }
} finally {
  writeFileSync(file, original);
  await compile({ src, out, session, changed });
}
console.log(JSON.stringify({ rebuildMs }));
