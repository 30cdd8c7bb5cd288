import { Parser, XmlRenderer } from 'commonmark';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withFastPaths } from '../../src/compiler/parser-fast-paths.ts';

const stock = new Parser();
const fast = withFastPaths(new Parser());
// A renderer keeps state between documents, so each rendering gets its own.
const render = (parser: Parser, markdown: string) =>
  new XmlRenderer({ sourcepos: true }).render(parser.parse(markdown));

const expectSameTree = (markdown: string) => expect(render(fast, markdown), markdown).toBe(render(stock, markdown));

/** Documents made of `pieces` joined, seeded so that a failure can be replayed. */
function expectSameTreeForJoins(
  pieces: string[],
  length: { minLength: number; maxLength: number },
  toMarkdown: (joined: string) => string,
  numRuns: number,
) {
  const joins = fc.array(fc.constantFrom(...pieces), length).map((chosen) => chosen.join(''));
  fc.assert(
    fc.property(joins, (joined) => {
      expectSameTree(toMarkdown(joined));
    }),
    { seed: 12345, numRuns },
  );
}

const DESTINATIONS = [
  '/news/2017/05/4/a-memorandum-is-signed.md',
  'https://en.wikipedia.org/wiki/Battle_of_Aleppo_(2012%E2%80%932016)',
  'https://en.wikipedia.org/wiki/Battle_of_Aleppo_(2012-2016)',
  'https://example.com/a(b(c)d)e',
  'https://example.com/a(b',
  'https://example.com/a)b',
  'https://example.com/%zz%4',
  'https://example.com/100%',
  'https://example.com/caf\u00e9?q=\u00fc',
  'https://example.com/a\\)b',
  'https://example.com/a\\_b',
  'https://example.com/a&amp;b&copy;',
  'https://example.com/?a=1&b=2',
  'https://example.com/?a=1&amp=2&x;y&#38;z&#x26;',
  'https://example.com/?q=a&b;c&amp',
  '<https://example.com/with space>',
  '<https://example.com/a>b',
  'https://example.com/a "a title"',
  "https://example.com/a 'title'",
  'https://example.com/a\t"tab title"',
  'https://example.com/a<b>c',
  'https://example.com/[x]',
  'https://example.com/`tick`|pipe^{}',
  'https://example.com/a\u0001b',
  '',
  '#fragment',
  'mailto:someone@example.com',
  "javascript:alert('x')",
];

describe('link destinations', () => {
  it.each(DESTINATIONS)('reads the inline link destination %j exactly as commonmark.js does', (destination) => {
    for (const markdown of [
      `[text](${destination})`,
      `1. [text](${destination}) _Context: A, B_`,
      `[text](${destination}`,
      `![alt](${destination})`,
    ]) {
      expectSameTree(markdown);
    }
  });

  it('agrees on reference definitions, autolinks and links split over lines', () => {
    const documents = [
      '[a]: https://example.com/ref(1)\n\n[a] and [b]\n\n[b]: /news/2015/09/26/x.md "title"\n',
      '<https://example.com/auto> and [t](\nhttps://example.com/next-line\n)',
      '[t](https://example.com/a\n"title on the next line")',
      '[nested [brackets] ok](https://example.com/x) [t](https://example.com/y)z',
    ];
    documents.forEach(expectSameTree);
  });

  it('agrees on random destinations built from the characters that matter', () => {
    const alphabet = [...'aZ0/-%4f()\\&; \t<>"\u00e9#?=', 'amp', '&amp;', '&#38', 'x2'];
    expectSameTreeForJoins(
      alphabet,
      { minLength: 0, maxLength: 13 },
      (destination) => `See [text](${destination}) after.`,
      2000,
    );
  });
});

describe('reference definitions', () => {
  it('finds every definition commonmark.js finds, and no other', () => {
    const documents = [
      '[a]: https://example.com/x\n\n[a]',
      '[a]:/x\n[b]: /y "t"\n\n[a] and [b]',
      '[a]: /x\nthen text that uses [a]',
      '[a\\]]: /x\n\n[a\\]]',
      '[a] : /x\n\n[a]',
      '[a]:\n/x\n\n[a]',
      '[multi\nline]: /x\n\n[multi line]',
      '> [q]: /x\n\n[q]',
      '1. [l]: /x\n\n[l]',
      '[a]: /x\nHeading\n===\n\n[a]',
      '[a]: /x "unclosed title\n\n[a]',
      '[t](/news/2015/09/26/x.md) _Context: A, B_',
      '[not a definition] but [a]: /x later\n\n[a]',
      '[[nested]]: /x\n\n[[nested]]',
    ];
    documents.forEach(expectSameTree);
  });

  it('agrees on random paragraphs built from the characters that matter', () => {
    const pieces = [
      '[',
      ']',
      ':',
      ']:',
      '[a]',
      '[a]:',
      ' ',
      '/x',
      '\n',
      'a',
      '"t"',
      '\\',
      '(/y)',
      '<',
      '>',
      '===',
      '\n\n',
    ];
    expectSameTreeForJoins(
      pieces,
      { minLength: 1, maxLength: 16 },
      (paragraphs) => `${paragraphs}\n\n[a] [x] [t]`,
      3000,
    );
  });
});
