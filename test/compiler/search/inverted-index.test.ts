import { describe, expect, it } from 'vitest';
import { followBit, type Block } from '../../../src/bundle/index.ts';
import { eventTerms } from '../../../src/compiler/search/event-terms.ts';
import { invertedIndex } from '../../../src/compiler/search/inverted-index.ts';
import { packTerms, visitPacked } from '../../../src/compiler/search/packed-terms.ts';
import { TermDictionary } from '../../../src/compiler/search/term-dictionary.ts';
import { sessionTerms } from '../../../src/compiler/search/event-terms-cache.ts';
import { linkCorpus } from '../../../src/compiler/link.ts';
import { parsedFile } from '../../support/parsed-file.ts';
import type { LinkedEvent } from '../../../src/compiler/link.ts';
import type { ParsedEvent } from '../../../src/compiler/types.ts';

const body = (text: string): Block[] => [{ type: 'paragraph', children: [{ type: 'text', value: text }] }];

/** Events by id with a title, a body and tags; ordinals follow the array order. */
function build(events: Array<{ id: string; title: string; text: string; tags?: string[] }>) {
  const packed = packTerms(events.map((e) => ({ id: e.id, terms: eventTerms(e.title, body(e.text)) })));
  const dictionary = new TermDictionary();
  const index = invertedIndex(
    events.map((e) => ({ id: e.id, tags: e.tags ?? [] })),
    visitPacked([packed], dictionary),
    dictionary,
  );
  const followsOf = (term: string) => {
    const t = index.terms.indexOf(term);
    return Array.from(index.follows.subarray(index.starts[t], index.starts[t + 1]));
  };
  const postings = (term: string) => {
    const t = index.terms.indexOf(term);
    if (t < 0) return [];
    return Array.from(index.ordinals.subarray(index.starts[t], index.starts[t + 1]), (ordinal, i) => ({
      ordinal,
      weight: index.weights[index.starts[t] + i],
    }));
  };
  return { index, postings, followsOf };
}

describe('invertedIndex', () => {
  const { index, postings } = build([
    { id: 'a', title: 'Banks fail', text: 'Lehman Brothers files for bankruptcy. The banks are nervous.' },
    { id: 'b', title: 'Lehman Brothers collapses', text: 'The bank fails.', tags: ['Financial crisis of 2007-2008'] },
    { id: 'c', title: 'Rain in Munich', text: 'It rains in München, and the banks close early.' },
  ]);

  it('lists terms sorted, each with its events in ordinal order', () => {
    expect(index.terms).toEqual([...index.terms].sort());
    expect(postings('lehman').map((p) => p.ordinal)).toEqual([0, 1]);
    expect(postings('banks').map((p) => p.ordinal)).toEqual([0, 2]);
  });

  it('indexes tags, folded, beside title and body', () => {
    expect(postings('financial').map((p) => p.ordinal)).toEqual([1]);
    expect(postings('munchen').map((p) => p.ordinal)).toEqual([2]);
  });

  it('weighs a word in the title above the same word in the body', () => {
    const [inBody, inTitle] = postings('lehman');
    expect(inTitle.weight).toBeGreaterThan(inBody.weight);
  });

  it('weighs a rare word above a word most events have', () => {
    const rare = postings('bankruptcy')[0].weight;
    const common = postings('the').find((p) => p.ordinal === 0)!.weight;
    expect(postings('the')).toHaveLength(3);
    expect(rare).toBeGreaterThan(common);
  });

  it('records in each posting the words that follow the term, within a title, a paragraph or a tag', () => {
    const { followsOf } = build([
      {
        id: 'a',
        title: 'Islamic State seizes Mosul',
        text: 'Forces of the state. Mosul falls',
        tags: ['Mosul offensive'],
      },
      { id: 'b', title: 'The state of Islamic banking', text: 'state' },
    ]);
    const bits = (...words: string[]) => words.reduce((mask, word) => mask | followBit(word), 0);
    expect(followsOf('islamic')).toEqual([bits('state'), bits('banking')]);
    expect(followsOf('state')).toEqual([bits('seizes', 'mosul'), bits('of')]);
    // The title's last word is not followed by the body's first, and a tag's words follow each other.
    expect(followsOf('mosul')).toEqual([bits('falls', 'offensive')]);
    expect(followsOf('banking')).toEqual([0]);
  });
});

describe("a build session's index", () => {
  const rail = parsedFile(
    2,
    'rail',
    'Northland: Rail strike ends',
    'The rail strike in Northland ends; rail traffic resumes.',
    '1. [Trains return. ](/news/2015/09/3/trains.md) _Context: Northland, Rail transport_\n',
  );
  const trains = parsedFile(3, 'trains', 'Trains return to Northland', 'Rail transport resumes after the strike.');
  const fromScratch = (events: LinkedEvent<ParsedEvent>[]) => {
    const dictionary = new TermDictionary();
    const packed = packTerms(
      events.map(({ parsed }) => ({ id: parsed.id, terms: eventTerms(parsed.title, parsed.body) })),
    );
    return invertedIndex(
      events.map((event) => ({ id: event.parsed.id, tags: event.tags })),
      visitPacked([packed], dictionary),
      dictionary,
    );
  };

  it('is the index made from scratch, as events come, change and go', () => {
    const edited = parsedFile(3, 'trains', 'Trains return to Northland', 'Freight resumes; rail transport too.');
    for (const parsed of [[rail, trains], [rail, edited], [edited], [rail, trains]]) {
      const { events } = linkCorpus(parsed);
      expect(sessionTerms(events).index()).toEqual(fromScratch(events));
    }
  });
});
