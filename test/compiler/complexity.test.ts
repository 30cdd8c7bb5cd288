import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Inline } from '../../src/bundle/index.ts';
import { MAX_INLINE_DEPTH } from '../../src/compiler/complexity.ts';
import { parseEventFile } from '../../src/compiler/parse-event.ts';
import type { ParseOutcome } from '../../src/compiler/types.ts';

const FIXTURES = new URL('../fixtures/too-complex/', import.meta.url);
const HEAD = '### [2015-09-26](/news/2015/09/26/index.md)\n\n# A title\n\n';
const parse = (text: string | Uint8Array) =>
  parseEventFile(
    'news/2015/09/26/x.md',
    '2015/09/26/x.md',
    typeof text === 'string' ? new TextEncoder().encode(HEAD + text) : text,
  );

function depth(nodes: readonly Inline[]): number {
  return nodes.reduce((deepest, node) => Math.max(deepest, 'children' in node ? 1 + depth(node.children) : 1), 0);
}

/** Compiled with a body no deeper than the limit, or rejected as too complex: never thrown. */
function expectBounded(outcome: ParseOutcome): void {
  if (outcome.kind === 'rejected') expect(outcome.problem.message).toMatch(/^too complex to parse: /);
  else if (outcome.kind === 'event') {
    for (const block of outcome.event.body) expect(depth(block.children)).toBeLessThanOrEqual(MAX_INLINE_DEPTH + 1);
    expect(() => JSON.stringify(outcome.event)).not.toThrow();
  }
}

const fixture = (name: string) => parse(readFileSync(new URL(name, FIXTURES)));

describe('the parser on hostile inputs (test/fixtures/too-complex)', { timeout: 60_000 }, () => {
  it('rejects 50,000 image openers, which took commonmark.js minutes, as too complex', () => {
    const outcome = fixture('image-openers.md');
    expect(outcome).toMatchObject({ kind: 'rejected', problem: { line: 5 } });
    expect(outcome.kind === 'rejected' && outcome.problem.message).toMatch(/^too complex to parse/);
  });

  it('rejects a line of 50,000 list markers or quotes, naming the line and the nesting', () => {
    for (const name of ['list-markers.md', 'nested-quotes.md']) {
      expect(fixture(name)).toMatchObject({
        kind: 'rejected',
        problem: { line: 5, message: expect.stringMatching(/line 5 nests 50000 quotes or list items/) as string },
      });
    }
  });

  it('compiles 10,000 nested strong runs and 2,000 nested emphasis levels with the depth flattened', () => {
    for (const name of ['emphasis-runs.md', 'nested-emphasis.md']) {
      const outcome = fixture(name);
      expect(outcome.kind).toBe('event');
      expectBounded(outcome);
    }
    const nested = fixture('nested-emphasis.md');
    const text = nested.kind === 'event' ? JSON.stringify(nested.event.body) : '';
    expect(text).toContain('a a a x a a a'); // the flattened middle keeps its words
  });

  it('keeps every fixture in the folder covered by a case above', () => {
    expect(readdirSync(FIXTURES).filter((name) => name.endsWith('.md') && name !== 'README.md')).toHaveLength(5);
  });

  it('compiles or rejects every generated body of brackets, emphasis, lists and quotes', () => {
    const piece = fc.constantFrom(
      '[',
      ']',
      '(',
      ')',
      '![',
      '](',
      '*',
      '**',
      '_',
      '`',
      '<',
      '>',
      '> ',
      '- ',
      '1. ',
      '  ',
      '\n',
      '\n\n',
      'x',
      '\\',
      '&amp;',
      ':',
      '"',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 400 }), (pieces) => expectBounded(parse(pieces.join('')))),
      { numRuns: 3000, seed: 16 },
    );
  });

  it('compiles or rejects long repetitions of a short pattern', () => {
    const pattern = fc.array(fc.constantFrom('[', ']', '(', '![', '*', '_', '- ', '> ', '`', '  ', '\n', 'a'), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(pattern, fc.integer({ min: 1000, max: 20_000 }), (unit, times) =>
        expectBounded(parse(unit.join('').repeat(times))),
      ),
      { numRuns: 150, seed: 16 },
    );
  });
});
