import { describe, expect, it } from 'vitest';
import { linkCorpus } from '../../src/compiler/link.ts';
import type { ParsedRelated } from '../../src/compiler/types.ts';
import { makeParsedEvent, makeRelated as rel } from '../support/parsed-event.ts';

const parsed = (date: string, slug: string, title: string, related: ParsedRelated[] = [], folder?: string) =>
  makeParsedEvent(date, slug, { title, related, folder });

describe('linkCorpus', () => {
  const a = parsed('2015-09-26', 'a', 'Iraqi Civil War (2014-present): Iraq says something.', [
    rel('2015-10-06', 'b', 'Iraq, Iraqi Civil War (2014-present), Russia'),
    rel('2014-01-01', 'gone', 'Iran'),
  ]);
  const b = parsed('2015-10-06', 'b', 'Russia offers air strikes.');
  const corpus = linkCorpus([b, a]);
  const byId = new Map(corpus.events.map((e) => [e.parsed.id, e]));

  it('orders events by day, then slug', () => {
    expect(corpus.events.map((e) => e.parsed.slug)).toEqual(['a', 'b']);
  });

  it('resolves related links in the corpus and keeps the others marked outside', () => {
    const a1 = byId.get('2015-09-26/a')!;
    expect(a1.parsed.related.map((r) => r.id)).toEqual(['2015-10-06/b', '2014-01-01/gone']);
    expect(a1.outside).toEqual([1]);
    expect(byId.get('2015-10-06/b')!.outside).toEqual([]);
    expect(corpus.outsideLinks).toBe(1);
  });

  it('unions own contexts, contexts of entries pointing at the event, and story names', () => {
    expect([...byId.get('2015-09-26/a')!.tags].sort()).toEqual([
      'Iran',
      'Iraq',
      'Iraqi Civil War (2014-present)',
      'Russia',
    ]);
    expect([...byId.get('2015-10-06/b')!.tags].sort()).toEqual(['Iraq', 'Iraqi Civil War (2014-present)', 'Russia']);
  });

  it('knows stories from context values', () => {
    expect(byId.get('2015-09-26/a')!.storyPath).toEqual(['Iraqi Civil War (2014-present)']);
  });

  it('keeps the padded copy of an event found in a padded and an unpadded folder', () => {
    const padded = parsed('2017-05-04', 'x', 'X.', [], '2017/05/04');
    const unpadded = parsed('2017-05-04', 'x', 'X.', [], '2017/05/4');
    const { events, duplicates } = linkCorpus([unpadded, padded]);
    expect(events.map((e) => e.parsed.file)).toEqual(['news/2017/05/04/x.md']);
    expect(duplicates).toEqual([
      { file: 'news/2017/05/4/x.md', line: 1, message: expect.stringContaining('news/2017/05/04/x.md') },
    ]);
  });

  it('splits contexts using comma names learned from titles', () => {
    const c = parsed('2015-09-20', 'c', 'Greek legislative election, September 2015: Voters return.', [
      rel('2015-09-21', 'd', 'Greece, Greek legislative election, September 2015'),
    ]);
    const [linked] = linkCorpus([c]).events;
    expect([...linked.tags].sort()).toEqual(['Greece', 'Greek legislative election, September 2015']);
    expect(linked.storyPath).toEqual(['Greek legislative election, September 2015']);
  });
});
