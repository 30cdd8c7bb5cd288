import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dayFromParts, parseNewsPath } from '../../src/bundle/index.ts';
import { generateCorpus } from '../../src/generator/corpus.ts';
import type { GeneratedFile } from '../../src/generator/malformed.ts';

function digest(files: Iterable<GeneratedFile>): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.path).update('\0').update(file.content).update('\0');
  return hash.digest('hex');
}

function textFiles(events: number, seed = 1): GeneratedFile[] {
  return [...generateCorpus({ events, seed, malformedPercent: 0 }).files()];
}

describe('generateCorpus', () => {
  it('writes the same bytes for the same seed and different ones for another seed', () => {
    const options = { events: 600, malformedPercent: 5 };
    const a = digest(generateCorpus({ ...options, seed: 9 }).files());
    const b = digest(generateCorpus({ ...options, seed: 9 }).files());
    const c = digest(generateCorpus({ ...options, seed: 10 }).files());
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('writes exactly the requested number of events plus one day page per day', () => {
    const files = textFiles(1234);
    const pages = files.filter((f) => f.path.endsWith('/index.md'));
    expect(files.length - pages.length).toBe(1234);
    const eventDays = new Set(
      files.filter((f) => !f.path.endsWith('/index.md')).map((f) => f.path.split('/').slice(0, 4).join('/')),
    );
    expect(pages.map((p) => p.path.split('/').slice(0, 4).join('/')).sort()).toEqual([...eventDays].sort());
  });

  it('places events under news/YYYY/MM/DD with some unpadded day folders, within 1995-2025', () => {
    const paths = textFiles(3000).map((f) => f.path);
    for (const path of paths) expect(path).toMatch(/^news\/(199[5-9]|20[0-2]\d)\/\d{2}\/\d{1,2}\/[a-z0-9-]+\.md$/);
    expect(paths.some((p) => /^news\/\d{4}\/\d{2}\/\d\//.test(p))).toBe(true);
    expect(paths.some((p) => /^news\/\d{4}\/\d{2}\/0\d\//.test(p))).toBe(true);
  });

  it('skews tags: a few topics are very common, most are rare, and there are hundreds', () => {
    const { plan } = generateCorpus({ events: 5000, seed: 3, malformedPercent: 0 });
    const counts = Array.from(
      { length: plan.world.list.length },
      (_, t) => plan.topicOffsets[t + 1] - plan.topicOffsets[t],
    )
      .filter((c) => c > 0)
      .sort((a, b) => b - a);
    expect(counts.length).toBeGreaterThan(1000);
    expect(counts[0]).toBeGreaterThan(20 * counts[Math.floor(counts.length / 2)]);
    expect(plan.world.stories.length).toBeGreaterThanOrEqual(200);
    expect(plan.world.stories.some((s) => s.parent !== null)).toBe(true);
    expect(plan.world.stories.some((s) => s.name.includes(', '))).toBe(true);
  });
});

describe('a generated event file', () => {
  const files = textFiles(2000, 5);
  const events = files
    .filter((f) => !f.path.endsWith('/index.md'))
    .map((f) => ({ path: f.path, text: String(f.content) }));
  const paths = new Set(events.map((e) => e.path));

  it('has a date heading matching its folder, an H1 with a trailing space, sources and related', () => {
    for (const { path, text } of events) {
      const lines = text.split('\n');
      const folder = parseNewsPath(`/${path}`);
      const heading = /^### \[(\d{4})-(\d{2})-(\d{2})\]\(\/news\/(\d{4})\/(\d{2})\/(\d{2})\/index\.md\)$/.exec(
        lines[0],
      );
      expect(heading, path).not.toBeNull();
      expect(folder?.day).toBe(dayFromParts(Number(heading![1]), Number(heading![2]), Number(heading![3])));
      expect(lines[1]).toBe('');
      expect(lines[2]).toMatch(/^# [\x20-\x7e]{60,200} $/);
      expect(text).toContain('\n\n### Source:\n\n1. [');
      expect(text.endsWith('\n')).toBe(true);
    }
  });

  it('lists sources as [Outlet](url) on example domains', () => {
    const sources = events.flatMap(({ text }) => [...text.matchAll(/^\d+\. \[([^\]]+)\]\((https?:\/\/[^\n]+)\)$/gm)]);
    expect(sources.length).toBeGreaterThanOrEqual(events.length);
    expect(sources.every((m) => new URL(m[2]).hostname.includes('example'))).toBe(true);
    expect(sources.some((m) => m[2].includes('(') && m[2].endsWith(')'))).toBe(true);
    expect(sources.some((m) => m[2].includes('?') && m[2].includes('&'))).toBe(true);
  });

  it('relates about ten events, with unpadded-day links, contexts, mostly inside the corpus', () => {
    let inside = 0;
    let total = 0;
    for (const { text } of events) {
      const related = text.split('### Related:\n\n')[1] ?? '';
      for (const line of related.split('\n').filter(Boolean)) {
        const m =
          /^\d+\. \[[\x20-\x7e]+ \]\(\/news\/(\d{4})\/(\d{2})\/([1-9]\d?)\/([a-z0-9-]+)\.md\)( _Context: [^_]+_)?$/.exec(
            line,
          );
        expect(m, line).not.toBeNull();
        total++;
        const [, y, mo, d, slug] = m!;
        if (
          paths.has(`news/${y}/${mo}/${d}/${slug}.md`) ||
          paths.has(`news/${y}/${mo}/${d.padStart(2, '0')}/${slug}.md`)
        )
          inside++;
      }
    }
    expect(total / events.length).toBeGreaterThan(8);
    expect(inside / total).toBeGreaterThan(0.6);
    expect(inside / total).toBeLessThan(0.95);
  });

  it('keeps Unicode, emphasis and links in bodies', () => {
    const all = events.map((e) => e.text).join('\n');
    expect(all).toMatch(/[\u00c0-\uffff]/);
    expect(all).toMatch(/\*[^*\n]+\*/);
    expect(all).toMatch(/\]\(https:\/\/example\.org\//);
  });
});
