import { describe, expect, it } from 'vitest';
import { parseNewsPath } from '../../src/bundle/index.ts';
import { generateCorpus } from '../../src/generator/corpus.ts';
import { MALFORMED_CASES } from '../../src/generator/malformed.ts';

describe('--malformed', () => {
  const corpus = generateCorpus({ events: 3000, seed: 2, malformedPercent: 5 });
  const files = [...corpus.files()];
  const bytes = (content: string | Uint8Array) =>
    typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);

  it('breaks the requested share of events, spread over every case', () => {
    expect(corpus.malformed.size).toBe(150);
    const perCase = new Map<string, number>();
    for (const kind of corpus.malformed.values()) perCase.set(kind, (perCase.get(kind) ?? 0) + 1);
    for (const kind of MALFORMED_CASES) expect(perCase.get(kind), kind).toBeGreaterThanOrEqual(13);
  });

  it('represents every case even at a tiny percentage', () => {
    const small = generateCorpus({ events: 500, seed: 2, malformedPercent: 0.1 });
    expect(new Set(small.malformed.values()).size).toBe(MALFORMED_CASES.length);
  });

  it('writes each kind of damage into the files', () => {
    const contents = files.map((f) => bytes(f.content));
    const decoder = new TextDecoder('utf-8', { fatal: true });
    expect(contents.some((b) => b.length === 0)).toBe(true);
    expect(contents.some((b) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)).toBe(true);
    expect(contents.some((b) => b.includes('\r\n'))).toBe(true);
    expect(
      contents.filter((b) => {
        try {
          decoder.decode(b);
          return false;
        } catch {
          return true;
        }
      }).length,
    ).toBeGreaterThan(0);
    expect(contents.some((b) => b.includes('<script>'))).toBe(true);
    expect(contents.some((b) => b.includes('](javascript:'))).toBe(true);
    expect(contents.some((b) => b.length > 300_000)).toBe(true);
    expect(
      contents.some((b) => b.length > 0 && !b.toString().startsWith('### [') && !b.toString().startsWith('\ufeff')),
    ).toBe(true);
  });

  it('puts impossible dates in folders and duplicates under padded and unpadded days', () => {
    expect(files.some((f) => /^news\/\d{4}\/\d{2}\/3[01]\//.test(f.path) && parseNewsPath(`/${f.path}`) === null)).toBe(
      true,
    );
    const byDay = new Map<string, string[]>();
    for (const f of files) {
      const [news, y, m, d, name] = f.path.split('/');
      const key = [news, y, m, Number(d), name].join('/');
      byDay.set(key, [...(byDay.get(key) ?? []), f.path]);
    }
    const duplicates = [...byDay.values()].filter((p) => p.length === 2 && !p[0].endsWith('/index.md'));
    expect(duplicates.length).toBeGreaterThanOrEqual(13);
    for (const [a, b] of duplicates) expect(a).not.toBe(b);
  });

  it('moves a mismatched heading away from its folder day', () => {
    const mismatched = files.filter((f) => {
      const text = bytes(f.content).toString();
      const heading = /^### \[(\d{4})-(\d{2})-(\d{2})\]/.exec(text);
      const folder = /^news\/(\d{4})\/(\d{2})\/(\d{1,2})\//.exec(f.path);
      return (
        heading &&
        folder &&
        `${heading[1]}-${heading[2]}-${Number(heading[3])}` !== `${folder[1]}-${folder[2]}-${Number(folder[3])}`
      );
    });
    expect(mismatched.length).toBeGreaterThanOrEqual(13);
  });
});
