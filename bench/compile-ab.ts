/**
 * `npm run bench:compile-ab -- OTHER_CHECKOUT [--events N] [--runs N]`
 *
 * Compares the compiler's steps in this checkout with those in another (a `git worktree` of an
 * earlier commit, say), in one process, alternating A and B: read and parse every file of the
 * corpus (in this thread), link, serialise every bundle file (hashed, not written), and, where
 * the checkout has a search index, tokenise every event (`terms`, the workers' share in a build)
 * and make the index's files (`search`, the main thread's). It prints the median CPU time of each
 * step. Whole cold builds on this shared 2-core machine moved
 * by 15% within an hour for the same code, more than most changes; the same work alternated in
 * one process moves by a few percent.
 * Both sides share strings as a build does (intern.ts), with this checkout's code.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseBenchArgs } from './args.ts';
import { ensureCorpus, ROOT } from './corpora.ts';
import { spread } from './stats.ts';
import { share, type SharedStrings } from '../src/compiler/intern.ts';
import type { ParsedEvent } from '../src/compiler/types.ts';

interface Compiler {
  name: string;
  parseOne: (tree: { root: string; newsDir: string }, underNews: string) => { kind: string; event?: ParsedEvent };
  linkCorpus: (events: ParsedEvent[]) => unknown;
  /** Every bundle file of the linked corpus, day files included. */
  serialise: (corpus: unknown) => Iterable<{ content: Uint8Array | null }>;
  /** Tokenises every event and returns the search index's files; null without a search index. */
  search: ((corpus: unknown) => { terms: () => void; files: () => Iterable<{ content: Uint8Array | null }> }) | null;
}

interface SearchModules {
  sessionTerms: (events: unknown[]) => { visit: (id: string, take: () => void) => void; dictionary: unknown };
  searchFiles: (events: unknown[], terms: unknown) => { files: Iterable<{ content: Uint8Array | null }> };
  /** The deflate cache between builds, where the checkout has one. */
  forgetUnused?: () => void;
}

type Files = Generator<{ path: string; content: Uint8Array | null }, unknown>;

async function load(dir: string, name: string): Promise<Compiler> {
  const compiler = (file: string) => import(join(dir, 'src', 'compiler', file));
  const { bundleFiles } = (await compiler('shard.ts')) as {
    bundleFiles: (corpus: unknown, dayFiles?: Map<number, string>) => Files;
  };
  // Since bundle version 2 day files are made apart from the rest (day-file.ts); before, bundleFiles made them too.
  const dayFile = existsSync(join(dir, 'src', 'compiler', 'day-file.ts'))
    ? (
        (await compiler('day-file.ts')) as {
          dayFile: (day: number, events: ParsedEvent[]) => { path: string; content: Uint8Array };
        }
      ).dayFile
    : null;
  const serialise = function* (corpus: unknown) {
    if (!dayFile) return yield* bundleFiles(corpus);
    const byDay = new Map<number, ParsedEvent[]>();
    for (const { parsed } of (corpus as { events: { parsed: ParsedEvent }[] }).events)
      byDay.set(parsed.day, [...(byDay.get(parsed.day) ?? []), parsed]);
    const paths = new Map<number, string>();
    for (const [day, events] of byDay) {
      const file = dayFile(day, events);
      paths.set(day, file.path);
      yield file;
    }
    return yield* bundleFiles(corpus, paths);
  };
  const searchDir = join(dir, 'src', 'compiler', 'search');
  const modules = existsSync(join(searchDir, 'search-files.ts'))
    ? ({
        ...(await compiler('search/event-terms-cache.ts')),
        ...(await compiler('search/search-files.ts')),
        ...(existsSync(join(searchDir, 'deflate-cache.ts')) ? await compiler('search/deflate-cache.ts') : {}),
      } as SearchModules)
    : null;
  const search = modules
    ? (corpus: unknown) => {
        const events = (corpus as { events: Array<{ parsed: ParsedEvent }> }).events;
        const terms = modules.sessionTerms(events);
        return {
          terms: () => events.forEach((event) => terms.visit(event.parsed.id, () => {})),
          files: () => {
            // Each run deflates as a cold build does, not from the previous run's cache.
            modules.forgetUnused?.();
            modules.forgetUnused?.();
            // As a cold build makes them: from the visitor, not a session's kept index or splits.
            return modules.searchFiles(events, { visit: terms.visit, dictionary: terms.dictionary }).files;
          },
        };
      }
    : null;
  return {
    name,
    parseOne: (await compiler('parse-files.ts')).parseOne,
    linkCorpus: (await compiler('link.ts')).linkCorpus,
    serialise,
    search,
  };
}

function cpuMs<T>(work: () => T): { ms: number; result: T } {
  const start = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, result };
}

const [other, ...rest] = process.argv.slice(2);
if (!other || other.startsWith('--') || !existsSync(join(other, 'src', 'compiler', 'parse-files.ts'))) {
  console.error('usage: npm run bench:compile-ab -- OTHER_CHECKOUT [--events N] [--runs N]');
  console.error('OTHER_CHECKOUT is a folder with this project in it, e.g. from `git worktree add /tmp/before HEAD~1`');
  process.exit(2);
}
// Its own defaults first; flags given later override them.
const args = parseBenchArgs(['--events', '10000', '--runs', '9', ...rest]);
const corpus = ensureCorpus(args.sizes[0], args.seed);
const newsDir = join(corpus.dir, 'news');
const files = readdirSync(newsDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name).slice(newsDir.length + 1))
  .sort();
const compilers = [await load(ROOT, 'this checkout'), await load(other, other)];
const times = new Map(
  compilers.map((c) => [
    c.name,
    {
      parse: [] as number[],
      link: [] as number[],
      serialise: [] as number[],
      terms: [] as number[],
      search: [] as number[],
    },
  ]),
);
type Step = 'parse' | 'link' | 'serialise' | 'terms' | 'search';
const steps: Step[] = [
  'parse',
  'link',
  'serialise',
  ...(compilers.every((c) => c.search) ? (['terms', 'search'] as const) : []),
];

for (let run = 0; run < args.runs; run++) {
  for (const compiler of compilers) {
    const own = times.get(compiler.name)!;
    const parse = cpuMs(() => {
      const events: ParsedEvent[] = [];
      const tree = { root: corpus.dir, newsDir };
      for (const underNews of files) {
        const outcome = compiler.parseOne(tree, underNews);
        if (outcome.kind === 'event') events.push(outcome.event!);
      }
      return events;
    });
    const pool: SharedStrings = new Map();
    parse.result.forEach((event) => share(event, pool));
    const link = cpuMs(() => compiler.linkCorpus(parse.result));
    const serialise = cpuMs(() => {
      let bytes = 0;
      for (const file of compiler.serialise(link.result)) bytes += file.content?.length ?? 0;
      return bytes;
    });
    const search = compiler.search?.(link.result);
    if (search) {
      own.terms.push(cpuMs(search.terms).ms);
      own.search.push(
        cpuMs(() => [...search.files()].reduce((bytes, file) => bytes + (file.content?.length ?? 0), 0)).ms,
      );
    }
    own.parse.push(parse.ms);
    own.link.push(link.ms);
    own.serialise.push(serialise.ms);
  }
}

console.log(`${corpus.events} events, ${files.length} files, ${args.runs} alternating runs; median CPU ms (min-max)`);
const [a, b] = compilers.map((c) => times.get(c.name)!);
for (const step of steps) {
  const [sa, sb] = [spread(a[step]), spread(b[step])];
  const show = (s: typeof sa) => `${s.median.toFixed(0)} (${s.min.toFixed(0)}-${s.max.toFixed(0)})`.padEnd(20);
  console.log(`${step.padEnd(10)} this ${show(sa)} other ${show(sb)} this/other ${(sa.median / sb.median).toFixed(3)}`);
}
