import { describe, expect, it } from 'vitest';
import { parseBlocks, plainText } from '../../src/compiler/blocks.ts';

const inlinesOf = (markdown: string) => {
  const [block] = parseBlocks(markdown);
  return block && 'inlines' in block ? block.inlines : [];
};

describe('parseBlocks', () => {
  it('numbers blocks by their line in the file', () => {
    const blocks = parseBlocks(
      '### [2015-09-26](/x)\n\n# Title \n\nBody.\n\n### Source:\n\n1. [A](https://a.example)\n',
    );
    expect(blocks.map((b) => [b.kind, b.line])).toEqual([
      ['heading', 1],
      ['heading', 3],
      ['paragraph', 5],
      ['heading', 7],
      ['item', 9],
    ]);
  });

  it('reads heading depth and trims the trailing space of a title', () => {
    expect(parseBlocks('# Iraqi Civil War (2014-present): Iraq says. ')).toEqual([
      {
        kind: 'heading',
        line: 1,
        depth: 1,
        inlines: [{ type: 'text', value: 'Iraqi Civil War (2014-present): Iraq says.' }],
      },
    ]);
  });

  it('keeps links whose text and URL contain brackets and parentheses', () => {
    expect(inlinesOf('2. [A title with (parens) and colons: yes ](/news/2017/05/4/slug.md) _Context: Iran_')).toEqual([
      {
        type: 'link',
        url: '/news/2017/05/4/slug.md',
        children: [{ type: 'text', value: 'A title with (parens) and colons: yes ' }],
      },
      { type: 'text', value: ' ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'Context: Iran' }] },
    ]);
    expect(inlinesOf('See [the [draft] plan](https://example.org/plan_(draft)?a=1&b=2).')).toEqual([
      { type: 'text', value: 'See ' },
      {
        type: 'link',
        url: 'https://example.org/plan_(draft)?a=1&b=2',
        children: [{ type: 'text', value: 'the [draft] plan' }],
      },
      { type: 'text', value: '.' },
    ]);
  });

  it('reads emphasis, strong and code, and leaves intraword underscores alone', () => {
    expect(inlinesOf('*a* **b** `c` snake_case_name')).toEqual([
      { type: 'emphasis', children: [{ type: 'text', value: 'a' }] },
      { type: 'text', value: ' ' },
      { type: 'strong', children: [{ type: 'text', value: 'b' }] },
      { type: 'text', value: ' ' },
      { type: 'code', value: 'c' },
      { type: 'text', value: ' snake_case_name' },
    ]);
  });

  it('keeps raw HTML, entities and escapes as plain text', () => {
    expect(inlinesOf('a <b>tag</b>, an &amp; entity, an escaped \\* star')).toEqual([
      { type: 'text', value: 'a <b>tag</b>, an & entity, an escaped * star' },
    ]);
    expect(parseBlocks('<script>alert(1)</script>\n')).toEqual([
      { kind: 'html', line: 1, value: '<script>alert(1)</script>' },
    ]);
  });

  it('shows an image as its description', () => {
    expect(inlinesOf('![a *map*](x.png) here')).toEqual([{ type: 'text', value: 'a map here' }]);
  });

  it('joins a paragraph continued on the next line with a newline', () => {
    expect(inlinesOf('para\ncontinued')).toEqual([{ type: 'text', value: 'para\ncontinued' }]);
  });

  it('flattens quotes and lists, with the item first', () => {
    expect(parseBlocks('> quoted\n\n- item\n\n  more\n').map((b) => [b.kind, b.line])).toEqual([
      ['paragraph', 1],
      ['item', 3],
      ['paragraph', 5],
    ]);
    expect(parseBlocks('para\n\n    code line\n').at(-1)).toEqual({ kind: 'code', line: 3, value: 'code line' });
  });

  it('reads the real example file: date heading, title, body, a source and ten related entries', () => {
    const text =
      '### [2015-09-26](/news/2015/09/26/index.md)\n\n# Story: head \n\nBody.\n\n\n### Source:\n\n1. [Reuters](http://r.example/a)\n\n### Related:\n\n1. [T ](/news/2017/05/4/s.md) _Context: Iran, Russia_\n';
    const blocks = parseBlocks(text);
    expect(blocks.map((b) => b.kind)).toEqual([
      'heading',
      'heading',
      'paragraph',
      'heading',
      'item',
      'heading',
      'item',
    ]);
    expect(plainText(inlinesOf(text))).toBe('2015-09-26');
  });
});
