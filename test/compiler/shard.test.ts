import { describe, expect, it } from 'vitest';
import { dayFromIso, isoFromDay, type IndexShard, type Manifest, type PostingsShard } from '../../src/bundle/index.ts';
import type { OutFile } from '../../src/compiler/hashed-file.ts';
import { linkCorpus } from '../../src/compiler/link.ts';
import { bundleFiles, deltaEncode, YEAR_SHARD_LIMIT } from '../../src/compiler/shard.ts';
import type { ParsedEvent } from '../../src/compiler/types.ts';
import { makeParsedEvent, makeRelated } from '../support/parsed-event.ts';
import { parsedFile } from '../support/parsed-file.ts';

function parsed(date: string, slug: string, contexts = ''): ParsedEvent {
  return makeParsedEvent(date, slug, {
    folder: date,
    related: contexts ? [makeRelated('2000-01-01', 'elsewhere', contexts, 'Elsewhere')] : [],
  });
}

/** Day files are written elsewhere (day-file.ts); here each day just has a name. */
const dayFileName = (day: number) => `days/${isoFromDay(day)}.json`;

function build(events: ParsedEvent[]): { files: OutFile[]; manifest: Manifest } {
  const files: OutFile[] = [];
  const generator = bundleFiles(linkCorpus(events), new Map(events.map((e) => [e.day, dayFileName(e.day)])));
  for (let step = generator.next(); ; step = generator.next()) {
    if (step.done) return { files, manifest: step.value };
    files.push(step.value);
  }
}
const read = <T>(files: OutFile[], path: string): T =>
  JSON.parse(files.find((f) => f.path === path)!.content!.toString()) as T;

describe('bundleFiles', () => {
  const { files, manifest } = build([
    parsed('2015-09-26', 'b', 'Iran'),
    parsed('2015-09-26', 'a', 'Iran, Iraq'),
    parsed('2015-09-28', 'c', 'Iraq'),
    parsed('2016-01-01', 'd'),
  ]);

  it('counts events per day from the first to the last day', () => {
    expect(manifest.firstDay).toBe(dayFromIso('2015-09-26'));
    expect(manifest.lastDay).toBe(dayFromIso('2016-01-01'));
    expect(manifest.dayCounts.slice(0, 3)).toEqual([2, 0, 1]);
    expect(manifest.dayCounts.reduce((a, b) => a + b)).toBe(4);
  });

  it('shards by year with contiguous ordinals and content-hashed names', () => {
    expect(manifest.shards.map((s) => [s.key, s.firstOrdinal, s.count])).toEqual([
      ['2015', 0, 3],
      ['2016', 3, 1],
    ]);
    const shard = read<IndexShard>(files, manifest.shards[0].file);
    expect(shard.slugs).toEqual(['a', 'b', 'c']);
    expect(manifest.shards[0].file).toMatch(/^index\/2015\.[0-9a-f]{12}\.json$/);
    expect(shard.dayFiles).toEqual({
      [dayFromIso('2015-09-26')!]: 'days/2015-09-26.json',
      [dayFromIso('2015-09-28')!]: 'days/2015-09-28.json',
    });
  });

  it('gives each event its story path, tags and the related entries that point outside the corpus', () => {
    const shard = read<IndexShard>(files, manifest.shards[0].file);
    const tagName = (id: number) => manifest.tags[id].name;
    expect(shard.tags.map((ids) => ids.map(tagName))).toEqual([['Iran', 'Iraq'], ['Iran'], ['Iraq']]);
    expect(shard.relatedOutside).toEqual([[0], [0], [0]]);
    expect(shard.storyPaths).toEqual([[], [], []]);
  });

  it('refuses to index a day whose file was not written', () => {
    const generator = bundleFiles(linkCorpus([parsed('2015-09-26', 'a')]), new Map());
    expect(() => [...generator]).toThrow(/no day file was written for 2015-09-26/);
  });

  it('orders tags by count, then name, and lists their events as delta-encoded ordinals', () => {
    expect(manifest.tags.map((t) => [t.name, t.count])).toEqual([
      ['Iran', 2],
      ['Iraq', 2],
    ]);
    const postings = read<PostingsShard>(files, manifest.postings[manifest.tags[1].postings]);
    expect(postings.tags['1']).toEqual([0, 2]); // Iraq: ordinals 0 and 2
  });

  it('splits a crowded year into month shards', () => {
    const many = Array.from({ length: YEAR_SHARD_LIMIT + 1 }, (_, i) =>
      parsed(i % 2 ? '2015-01-10' : '2015-02-10', `e${i}`),
    );
    const { manifest: big } = build(many);
    expect(big.shards.map((s) => s.key)).toEqual(['2015-01', '2015-02']);
    expect(big.shards.reduce((n, s) => n + s.count, 0)).toBe(YEAR_SHARD_LIMIT + 1);
  });

  it('is deterministic and changes the build id with the content', () => {
    const events = [parsed('2015-09-26', 'a', 'Iran')];
    expect(JSON.stringify(build(events))).toBe(JSON.stringify(build([...events])));
    expect(build(events).manifest.buildId).not.toBe(build([parsed('2015-09-26', 'z', 'Iran')]).manifest.buildId);
  });
});

describe('bundleFiles, for folded titles and tag names', () => {
  const { files, manifest } = build([
    parsedFile(3, 'clashes', 'Turkey-PKK conflict: Clashes in Igd-r.', 'Soldiers die near Iğdır.'),
    parsedFile(
      4,
      'march',
      'A march.',
      'People march from Iğdır.',
      [
        '1. [Turkey-PKK conflict: Clashes in Igd-r. ](/news/2015/09/3/clashes.md) _Context: Turkey–PKK conflict_',
        '2. [A vote in Igd-r. ](/news/2014/01/1/vote.md) _Context: Turkey_',
      ].join('\n'),
    ),
  ]);

  it('respells related titles by position: in the collection by display title, outside by the event’s text', () => {
    const shard = read<IndexShard>(files, manifest.shards[0].file);
    expect(shard.relatedTitles).toEqual([{}, { 0: 'Turkey-PKK conflict: Clashes in Iğdır.', 1: 'A vote in Iğdır.' }]);
  });

  it('labels the folded tag name and keeps the name', () => {
    const tag = manifest.tags.find((t) => t.name === 'Turkey-PKK conflict');
    expect(tag?.label).toBe('Turkey–PKK conflict');
    expect(manifest.tags.find((t) => t.name === 'Turkey')).not.toHaveProperty('label');
  });
});

describe('deltaEncode', () => {
  it('keeps the first value and then differences', () => {
    expect(deltaEncode([3, 4, 10])).toEqual([3, 1, 6]);
  });
});
