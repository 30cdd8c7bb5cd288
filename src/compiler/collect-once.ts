/**
 * A one-off build's collecting: files grouped into batches of whole days, each batch parsed on
 * a worker thread that also writes its day files (day-batches.ts); only what linking needs
 * comes back to this thread.
 */
import { isoFromDay, type DayNumber } from '../bundle/index.ts';
import type { Collected, CompileOptions } from './compile.ts';
import { dayBatchJob, planDayBatches, type DayBatch } from './day-batches.ts';
import { share, type SharedStrings } from './intern.ts';
import { linkCorpus } from './link.ts';
import { BATCH } from './parse-files.ts';
import { findTree } from './read-tree.ts';
import { addFindings, noFindings } from './report.ts';
import { bundleFiles } from './shard.ts';
import type { LinkInput } from './types.ts';
import { runBatches } from './worker-pool.ts';
import { visitPacked, type PackedTerms } from './search/packed-terms.ts';
import { TermDictionary } from './search/term-dictionary.ts';

export async function collectOnce(options: CompileOptions): Promise<Collected<LinkInput>> {
  const tree = await findTree(options.src, options);
  const base = { root: tree.root, newsDir: tree.newsDir };
  const batches = planDayBatches(base, tree.files, options.batchSize ?? BATCH).map((files): DayBatch => ({
    tree: base,
    out: options.out,
    files,
  }));

  const progress = options.progress?.(tree);
  progress?.phase('reading, parsing and writing days');
  const events: LinkInput[] = [];
  const findings = noFindings();
  const dayFiles = new Map<DayNumber, string>();
  const dayStats = { written: 0, unchanged: 0 };
  // Shared as batches arrive, so repeats never pile up.
  const pool: SharedStrings = new Map();
  const terms: PackedTerms[] = [];
  let done = 0;
  await runBatches(
    dayBatchJob,
    batches,
    tree.files.length,
    (result) => {
      for (const { day, path, written } of result.days) {
        if (dayFiles.has(day))
          throw new Error(`${isoFromDay(day)} was parsed twice: a file changed during the build; run it again`);
        dayFiles.set(day, path);
        dayStats[written ? 'written' : 'unchanged']++;
      }
      for (const event of result.events) events.push(share(event, pool));
      terms.push(result.terms);
      addFindings(findings, result.findings);
      done += result.files;
      progress?.update(done, tree.files.length);
    },
    { threads: options.threads ?? true, workerEntry: options.workerEntry },
  );
  progress?.end();
  return {
    tree,
    events,
    findings,
    parsedFiles: tree.files.length,
    link: linkCorpus,
    files: (corpus) => bundleFiles(corpus, dayFiles),
    terms: () => {
      const dictionary = new TermDictionary();
      return { visit: visitPacked(terms, dictionary), dictionary };
    },
    placed: { paths: dayFiles.values(), ...dayStats },
  };
}
