import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../src/bundle/index.ts';
import { parseEventFile } from '../../src/compiler/parse-event.ts';
import type { ParseOutcome } from '../../src/compiler/types.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const parse = (underNews: string, text: string | Uint8Array) =>
  parseEventFile(`news/${underNews}`, underNews, typeof text === 'string' ? bytes(text) : text);

function event(outcome: ParseOutcome) {
  if (outcome.kind !== 'event') throw new Error(`expected an event, got ${JSON.stringify(outcome)}`);
  return outcome.event;
}

const file = (date: string, title: string, rest = '') =>
  `### [${date}](/news/${date.replaceAll('-', '/')}/index.md)\n\n# ${title} \n\nA body line.\n\n${rest}`;

describe('parseEventFile', () => {
  it('reads the sample shape: id from the path, title, body, sources, related', () => {
    const text = file(
      '2015-09-26',
      'Harbour strike: Dock workers walk out in the port city.',
      '\n### Source:\n\n1. [Example Wire](https://wire.example.com/a_(b)?c=1&d=2)\n\n### Related:\n\n' +
        '1. [Dock workers vote to strike. ](/news/2015/09/4/dock-workers-vote-to-strike.md) _Context: Labour, Shipping_\n',
    );
    const parsed = event(parse('2015/09/26/dock-workers-walk-out.md', text));
    expect(parsed).toMatchObject({
      id: '2015-09-26/dock-workers-walk-out',
      slug: 'dock-workers-walk-out',
      day: dayFromIso('2015-09-26'),
      title: 'Harbour strike: Dock workers walk out in the port city.',
      body: [{ type: 'paragraph', children: [{ type: 'text', value: 'A body line.' }] }],
      sources: [{ outlet: 'Example Wire', url: 'https://wire.example.com/a_(b)?c=1&d=2' }],
      related: [
        {
          id: '2015-09-04/dock-workers-vote-to-strike',
          day: dayFromIso('2015-09-04'),
          title: 'Dock workers vote to strike.',
          contexts: 'Labour, Shipping',
        },
      ],
    });
  });

  it('takes the slug from the file name, not the title', () => {
    expect(event(parse('2015/09/26/some-older-name.md', file('2015-09-26', 'A different title.'))).slug).toBe(
      'some-older-name',
    );
  });

  it('keeps related links whose title has brackets and whose URL has parentheses', () => {
    const text = file(
      '2015-09-26',
      'T.',
      '### Related:\n\n1. [A [bracketed] title (yes) ](/news/2016/1/2/a-b.md) _Context: X_\n',
    );
    expect(event(parse('2015/09/26/t.md', text)).related).toEqual([
      { id: '2016-01-02/a-b', day: dayFromIso('2016-01-02'), title: 'A [bracketed] title (yes)', contexts: 'X' },
    ]);
  });

  it('accepts CRLF line endings and a byte-order mark', () => {
    const text = '\uFEFF' + file('2015-09-26', 'Windows file.').replaceAll('\n', '\r\n');
    const outcome = parse('2015/09/26/windows-file.md', text);
    expect(event(outcome).title).toBe('Windows file.');
    expect(outcome.warnings).toEqual([]);
  });

  it('keeps a file with invalid UTF-8 and warns with its line', () => {
    const head = bytes(file('2015-09-26', 'Bad bytes.'));
    const outcome = parse('2015/09/26/bad-bytes.md', new Uint8Array([...head, 0xff, 0xfe, 10]));
    expect(event(outcome).title).toBe('Bad bytes.');
    expect(outcome.warnings).toEqual([
      { file: 'news/2015/09/26/bad-bytes.md', line: 7, message: expect.stringContaining('not valid UTF-8') },
    ]);
  });

  it('uses the folder date when the heading disagrees or is impossible, and warns', () => {
    const disagree = parse('2015/09/26/x.md', file('2015-09-25', 'X.'));
    expect(event(disagree).day).toBe(dayFromIso('2015-09-26'));
    expect(disagree.warnings[0]).toMatchObject({ line: 1, message: expect.stringContaining('says 2015-09-25') });
    const impossible = parse('2015/02/28/x.md', file('2015-02-30', 'X.'));
    expect(impossible.warnings[0].message).toContain('2015-02-30 is not a calendar date');
  });

  it('warns when the date heading is missing', () => {
    const outcome = parse('2015/09/26/x.md', '# X. \n\nBody.\n');
    expect(event(outcome).day).toBe(dayFromIso('2015-09-26'));
    expect(outcome.warnings[0].message).toContain('no date heading');
  });

  it.each([
    ['an empty file', '2015/09/26/empty.md', '', 'the file is empty'],
    ['blank lines only', '2015/09/26/blank.md', '\n\n  \n', 'only blank lines'],
    ['no title', '2015/09/26/untitled.md', '### [2015-09-26](/x)\n\nBody only.\n', 'no title'],
    ['an impossible folder date', '2015/02/30/x.md', file('2015-02-30', 'X.'), 'not a calendar date'],
    ['a file that is not markdown', '2015/09/26/notes.txt', 'hello', 'not a markdown'],
    ['an undated file outside the tree', 'misc/x.md', '# X. \n', 'no date'],
  ])('rejects %s with a reason', (_, path, text, reason) => {
    const outcome = parse(path, text);
    expect(outcome.kind).toBe('rejected');
    if (outcome.kind === 'rejected') expect(outcome.problem.message).toContain(reason);
  });

  it('dates a file outside the standard tree by its heading and names it from its title', () => {
    const outcome = parse('misc/snow.md', file('2015-12-24', 'Snow falls on the capital.'));
    expect(event(outcome).id).toBe('2015-12-24/snow-falls-on-the-capital');
    expect(outcome.warnings[0].message).toContain('not in a news/YYYY/MM/D/ folder');
  });

  it('treats index.md as a day page', () => {
    expect(parse('2015/09/26/index.md', '# 2015-09-26\n').kind).toBe('dayPage');
  });

  it('drops non-http sources and non-event related links with a warning on their line', () => {
    const text = file(
      '2015-09-26',
      'X.',
      '### Source:\n\n1. [Bad](javascript:alert(1))\n2. [Good](https://good.example)\n\n### Related:\n\n1. [Elsewhere](https://example.com/x) _Context: Y_\n',
    );
    const outcome = parse('2015/09/26/x.md', text);
    expect(event(outcome).sources).toEqual([{ outlet: 'Good', url: 'https://good.example' }]);
    expect(event(outcome).related).toEqual([]);
    expect(outcome.warnings.map((w) => w.line)).toEqual([9, 14]);
  });

  it('shows HTML in the body as text and never as a link', () => {
    const body = 'Text <script>alert(1)</script> and [x](javascript:alert(1))\n\n<script>alert(2)</script>';
    const text = file('2015-09-26', 'X.').replace('A body line.', body);
    expect(event(parse('2015/09/26/x.md', text)).body).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'Text <script>alert(1)</script> and x' }] },
      { type: 'paragraph', children: [{ type: 'text', value: '<script>alert(2)</script>' }] },
    ]);
  });
});
