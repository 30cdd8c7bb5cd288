import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** Lints `code` in place of the file at `path` (a real file, so the type-aware parser knows it): the rules that fired. */
async function rulesFiredAt(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

// The first lint builds the TypeScript program: seconds, more on a loaded machine.
describe('the import zones in eslint.config.js', { timeout: 60_000 }, () => {
  const probes: [zone: string, file: string, code: string, rule: string][] = [
    [
      'a feature never imports another feature',
      'src/features/timeline/geometry.ts',
      "import '../tag-filter/filter-math.ts';",
      'import-x/no-restricted-paths',
    ],
    [
      'a feature never imports the app',
      'src/features/timeline/geometry.ts',
      "import '../../app/query-client.ts';",
      'import-x/no-restricted-paths',
    ],
    [
      'lib never imports a feature',
      'src/lib/time-range.ts',
      "import '../features/timeline/geometry.ts';",
      'import-x/no-restricted-paths',
    ],
    [
      'lib never imports the app',
      'src/lib/time-range.ts',
      "import '../app/query-client.ts';",
      'import-x/no-restricted-paths',
    ],
    [
      'the bundle imports nothing of ours',
      'src/bundle/ids.ts',
      "import '../lib/time-range.ts';",
      'import-x/no-restricted-paths',
    ],
    [
      'browser code never imports the compiler',
      'src/app/query-client.ts',
      "import '../compiler/slug.ts';",
      'import-x/no-restricted-paths',
    ],
    [
      'browser code never imports the generator',
      'src/lib/time-range.ts',
      "import '../generator/random.ts';",
      'import-x/no-restricted-paths',
    ],
    [
      'browser code never imports node:*',
      'src/features/timeline/geometry.ts',
      "import 'node:fs';",
      'no-restricted-imports',
    ],
  ];

  it.each(probes)('%s', async (_zone, file, code, rule) => {
    expect(await rulesFiredAt(file, `${code}\n`)).toContain(rule);
  });

  it('lets a feature import shared code and its own files', async () => {
    const code = "import '../../lib/time-range.ts';\nimport './palette.ts';\nimport '../../bundle/index.ts';\n";
    expect(await rulesFiredAt('src/features/timeline/geometry.ts', code)).toEqual([]);
  });
});
