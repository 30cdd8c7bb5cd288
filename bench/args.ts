/** Options shared by both benchmarks: which corpus sizes, how many measured runs. */
export interface BenchArgs {
  sizes: number[];
  runs: number;
  seed: number;
}

export const DEFAULT_SIZES = [10_000, 150_000];

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { sizes: DEFAULT_SIZES, runs: 3, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--events') args.sizes = [positive(value, flag)];
    else if (flag === '--sizes') args.sizes = value.split(',').map((v) => positive(v, flag));
    else if (flag === '--runs') args.runs = positive(value, flag);
    else if (flag === '--seed') args.seed = positive(value, flag);
    else throw new Error(`unknown option ${flag} (use --events N, --sizes A,B, --runs N, --seed S)`);
  }
  return args;
}

function positive(text: string, flag: string): number {
  const value = Number(text.replaceAll('_', ''));
  if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} wants positive integers, got ${text}`);
  return value;
}
