/** The compile benchmark over every requested corpus size; shared by both bench commands. */
import { parseBenchArgs } from './args.ts';
import { compileTable } from './compile-table.ts';
import { ensureCorpus } from './corpora.ts';
import { measureCompile, type CompileResult } from './measure-compile.ts';

export async function runCompileBench(argv: readonly string[]): Promise<CompileResult[]> {
  const args = parseBenchArgs(argv);
  const results: CompileResult[] = [];
  for (const size of args.sizes) {
    const corpus = ensureCorpus(size, args.seed);
    console.log(`compiling ${size} events (${corpus.files} files), ${args.runs} runs each ...`);
    results.push(await measureCompile(corpus, args.runs));
  }
  return results;
}

export function printCompileResults(results: readonly CompileResult[]): void {
  console.log(`\nCompile (median (min-max) of the runs; cold = output folder removed first)\n`);
  console.log(compileTable(results));
  for (const r of results) {
    if (r.summary) console.log(`\n${r.events}: ${r.summary}`);
    for (const failure of r.failures) console.log(`${r.events}: FAILED ${failure}`);
  }
}
