/** Command-line options of the generator, parsed without side effects. */
import type { CorpusOptions } from './corpus.ts';

export interface GeneratorArgs extends CorpusOptions {
  out: string;
}

export const USAGE = 'usage: gen:corpus -- --events N --out DIR [--seed S] [--malformed PCT]';

export function parseGeneratorArgs(argv: readonly string[]): GeneratorArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const [name, inline] = flag.split('=', 2);
    if (!['--events', '--out', '--seed', '--malformed'].includes(name))
      throw new Error(`unknown option ${flag}\n${USAGE}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${name} needs a value\n${USAGE}`);
    values.set(name, value);
  }
  const out = values.get('--out');
  if (!out) throw new Error(`--out is required\n${USAGE}`);
  return {
    out,
    events: integer(values.get('--events') ?? '', '--events', 1),
    seed: integer(values.get('--seed') ?? '1', '--seed', 0),
    malformedPercent: number(values.get('--malformed') ?? '0', '--malformed'),
  };
}

function integer(text: string, name: string, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min}\n${USAGE}`);
  return value;
}

function number(text: string, name: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || value > 100)
    throw new Error(`${name} must be a percentage 0-100\n${USAGE}`);
  return value;
}
