import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dayFromIso } from '../../src/bundle/index.ts';
import { compile } from '../../src/compiler/compile.ts';
import { farOutliers } from '../../src/compiler/outliers.ts';

const scratch = mkdtempSync(join(tmpdir(), 'dateline-outliers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const at = (iso: string) => ({ file: `news/${iso}.md`, day: dayFromIso(iso)! });

describe('farOutliers', () => {
  it('warns about each event over a century from the largest group of events', () => {
    const events = [at('0050-03-01'), at('2004-01-01'), at('2015-09-26'), at('2024-12-31'), at('9999-12-31')];
    expect(farOutliers(events).map((p) => [p.file, p.message])).toEqual([
      [
        'news/0050-03-01.md',
        "dated 0050-03-01, over a century from the rest of the corpus (2004-2024); the timeline and the manifest's table of days stretch across the gap",
      ],
      [
        'news/9999-12-31.md',
        "dated 9999-12-31, over a century from the rest of the corpus (2004-2024); the timeline and the manifest's table of days stretch across the gap",
      ],
    ]);
  });

  it('says nothing about a corpus without such a gap', () => {
    expect(farOutliers([at('1901-01-01'), at('2000-01-01'), at('2024-01-01')])).toEqual([]);
  });

  it('puts the warning in the build report', async () => {
    const src = join(scratch, 'news');
    for (const iso of ['0050-03-01', '2015-09-26', '2015-09-27']) {
      const folder = join(src, iso.replaceAll('-', '/'));
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'e.md'), `### [${iso}](/news/${iso.replaceAll('-', '/')}/index.md)\n\n# E ${iso}.\n`);
    }
    const { report } = await compile({ src, out: join(scratch, 'out'), threads: false });
    expect(report.warnings.map((p) => p.file)).toEqual(['news/0050/03/01/e.md']);
  });
});
