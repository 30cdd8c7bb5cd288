/**
 * `npm run bench:compile [-- --sizes 10000,150000 | --events 1000000] [--runs N]`
 * Generates (cached) corpora, compiles each cold and incrementally, prints the table and
 * writes bench/compile-results.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printCompileResults, runCompileBench } from './compile-bench.ts';
import { ROOT } from './corpora.ts';
import { machineInfo } from './machine.ts';

const results = await runCompileBench(process.argv.slice(2));
printCompileResults(results);
const file = join(ROOT, 'bench', 'compile-results.json');
writeFileSync(file, `${JSON.stringify({ machine: machineInfo(), compile: results }, null, 2)}\n`);
console.log(`\nwrote ${file}`);
