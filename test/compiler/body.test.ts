import { parseBlocks, type SourceInline } from '../../src/compiler/blocks.ts';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_CHARS, safeHref, toBody, toInlines } from '../../src/compiler/body.ts';

const inlinesOf = (markdown: string): SourceInline[] => {
  const [block] = parseBlocks(markdown);
  return 'inlines' in block ? block.inlines : [];
};

describe('safeHref', () => {
  it.each([
    ['https://example.org/a?b=(c)', 'https://example.org/a?b=(c)'],
    ['/news/2017/05/4/slug.md', '/news/2017/05/04/slug'],
    ['/news/2015/09/26/index.md', '/news/2015/09/26'],
  ])('keeps http(s) and canonicalises internal news links: %s as %s', (href, safe) => {
    expect(safeHref(href)).toBe(safe);
  });

  it('refuses every other scheme and junk', () => {
    for (const href of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<b>',
      'vbscript:x',
      '../x.md',
      'http://',
      '/news/2015/02/30/x.md',
    ]) {
      expect(safeHref(href), href).toBeNull();
    }
  });
});

describe('toInlines', () => {
  it('turns a javascript: link into its plain text', () => {
    expect(toInlines(inlinesOf('See [the archive](javascript:alert(2)) now.'))).toEqual([
      { type: 'text', value: 'See the archive now.' },
    ]);
  });

  it('keeps raw HTML as visible text', () => {
    expect(toInlines(inlinesOf('A <b>bold</b> claim'))).toEqual([{ type: 'text', value: 'A <b>bold</b> claim' }]);
  });

  it('keeps emphasis, strong and code as parsed, and safe links as nodes', () => {
    const parsed = inlinesOf('*a* **b** `c` [d](https://d.example)');
    const inlines = toInlines(parsed);
    expect(inlines.slice(0, -1)).toEqual(parsed.slice(0, -1));
    expect(inlines.map((node) => node.type)).toEqual(['emphasis', 'text', 'strong', 'text', 'code', 'text', 'link']);
    expect(inlines.at(-1)).toEqual({
      type: 'link',
      href: 'https://d.example',
      children: [{ type: 'text', value: 'd' }],
    });
  });
});

describe('toBody', () => {
  it('flattens quotes, lists and HTML blocks into paragraphs', () => {
    const { body } = toBody(parseBlocks('<script>alert(1)</script>\n\n> quoted\n\n- item\n'));
    expect(body).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: '<script>alert(1)</script>' }] },
      { type: 'paragraph', children: [{ type: 'text', value: 'quoted' }] },
      { type: 'paragraph', children: [{ type: 'text', value: 'item' }] },
    ]);
  });

  it('cuts a huge body and says so', () => {
    const paragraph = 'word '.repeat(1000).trim();
    const { body, truncated } = toBody(parseBlocks(Array(10).fill(paragraph).join('\n\n')));
    expect(truncated).toBe(true);
    expect(body.length).toBeLessThan(10);
    expect(JSON.stringify(body).length).toBeLessThan(MAX_BODY_CHARS + 2000);
  });

  it('cuts a paragraph longer than the limit at the limit and keeps the paragraphs before it', () => {
    const long = '*' + 'x'.repeat(MAX_BODY_CHARS) + '*';
    const { body, truncated } = toBody(parseBlocks(`First.\n\n${long}\n\nLast.`));
    expect(truncated).toBe(true);
    expect(body).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'First.' }] },
      {
        type: 'paragraph',
        children: [{ type: 'emphasis', children: [{ type: 'text', value: 'x'.repeat(MAX_BODY_CHARS - 6) }] }],
      },
    ]);
  });
});
