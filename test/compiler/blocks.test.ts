import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { PhrasingContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { blocksFromMdast, fastInlines, parseBlocks, scanFast, type SourceBlock } from '../../src/compiler/blocks.ts';

/** The parts of a block the compiler reads: kind, line, depth, and inline content. */
function project(blocks: SourceBlock[]): unknown[] {
  const inline = (nodes: PhrasingContent[]): unknown[] => {
    const out: unknown[] = [];
    for (const node of nodes) {
      const last = out.at(-1) as { type: string; value: string } | undefined;
      if (node.type === 'text' && last?.type === 'text') last.value += node.value;
      else if (node.type === 'text') out.push({ type: 'text', value: node.value });
      else if (node.type === 'link') out.push({ type: 'link', url: node.url, children: inline(node.children) });
      else if ('children' in node) out.push({ type: node.type, children: inline(node.children as PhrasingContent[]) });
      else out.push({ type: node.type, value: 'value' in node ? node.value : undefined });
    }
    return out;
  };
  return blocks.map((b) => ('inlines' in b ? { kind: b.kind, line: b.line, depth: 'depth' in b ? b.depth : 0, inlines: inline(b.inlines) } : b));
}

const viaParser = (text: string) => project(blocksFromMdast(fromMarkdown(text).children));

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
  });
}

describe('scanFast', () => {
  it('reads every fixture file exactly as the CommonMark parser does', () => {
    const files = [...markdownFiles('test/fixtures'), '/work/shared/000_510b3de5ccc6d439.txt'].filter((f) => {
      try {
        return statSync(f).isFile();
      } catch {
        return false;
      }
    });
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
      expect(project(parseBlocks(text)), file).toEqual(viaParser(text));
    }
  });

  const lines = [
    'Plain text with “curly quotes”, $8 and AT&T.',
    '*Ali Jensen* has denied the allegations, calling them “fabricated”.',
    'A process one diplomat called *“painfully slow”* — involving China.',
    'Local media, including [The Post](https://example.org/local/38406), reported **4 arrests**.',
    'See [the plan](https://example.org/plan_(draft)?a=1&b=2) and _this_.',
    '1. [Reuters](http://www.reuters.com/article/x-idUSKCN0RQ0RY20150926)',
    '2. [A title with (parens) and colons: yes ](/news/2017/05/4/slug.md) _Context: Iran, Iraqi Civil War (2014-present)_',
    '### [2015-09-26](/news/2015/09/26/index.md)',
    '# Iraqi Civil War (2014-present): Iraq says that ... Levant. ',
  ];
  it.each(lines)('agrees with the parser on %s', (line) => {
    expect(scanFast(line), 'fast path taken').not.toBeNull();
    expect(project(scanFast(line)!)).toEqual(viaParser(line));
  });

  const tricky = [
    'snake_case_name and 2*3*4',
    'an [unfinished link',
    'a [link](<angle brackets>) here',
    'a [link](/x "with a title")',
    'code `span` here',
    'escaped \\* star',
    'an &amp; entity',
    'a <b>tag</b>',
    '![image](x.png)',
    '*unclosed emphasis',
    'intra*word*emphasis',
  ];
  it.each(tricky)('leaves %s to the parser and still matches it', (line) => {
    expect(fastInlines(line)).toBeNull();
    expect(project(parseBlocks(line))).toEqual(viaParser(line));
  });

  it('falls back to the parser for block structure it does not model', () => {
    for (const text of ['para\ncontinued', '> quote', '- bullet', '    code', '1. item\nlazy line', 'Title\n===', '[ref]: /url']) {
      expect(scanFast(text), text).toBeNull();
    }
  });

  it('numbers blocks by their line in the file', () => {
    const blocks = parseBlocks('### [2015-09-26](/x)\n\n# Title \n\nBody.\n\n### Source:\n\n1. [A](https://a.example)\n');
    expect(blocks.map((b) => [b.kind, b.line])).toEqual([
      ['heading', 1],
      ['heading', 3],
      ['paragraph', 5],
      ['heading', 7],
      ['item', 9],
    ]);
  });
});
