/**
 * Bounds on the parser's work per file. commonmark.js is quadratic on a few inputs (its issue
 * #129): a run of `[](` makes it scan the rest of the line for every bracket, and a line of
 * 50,000 list markers opens 50,000 containers one rescan at a time. Such a file is rejected as
 * too complex rather than allowed to stall the build; bounds are counts, not clock time, so
 * the same tree always gives the same bundle.
 */

/** Containers (`>`, `-`, `1.`) opened on one line; an event uses two or three. */
export const MAX_NESTING = 100;

/**
 * The parser's work one file may cost, in characters scanned; each piece of inline markup (a
 * bracket, a run of text, each `*` or `_`) or reference definition also costs TOKEN_COST. Calibrated on the inputs
 * in test/fixtures/too-complex/: at this budget the slowest takes well under a second, while
 * an event file of a few KB spends a few thousand.
 */
export const WORK_BUDGET = 10_000_000;
export const TOKEN_COST = 200;
/** What the block parser does for each line in each open container, besides its white space. */
const LINE_COST = 20;
/** A link destination is scanned one regular expression per character. */
const SCAN_COST = 3;

/** Emphasis, strong and image nesting kept as a tree; deeper content becomes its plain text. */
export const MAX_INLINE_DEPTH = 16;

export class TooComplexError extends Error {
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(`too complex to parse: ${reason}`);
  }
}

const SPACE = /[ \t]/;

/** Throws when a line opens more than MAX_NESTING quotes or list items before its text. */
export function checkNesting(text: string): void {
  let line = 1;
  for (let start = 0; start < text.length; line++) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    const depth = containersAt(text, start, stop);
    if (depth > MAX_NESTING)
      throw new TooComplexError(line, `line ${line} nests ${depth} quotes or list items (at most ${MAX_NESTING})`);
    start = stop + 1;
  }
}

/** How many container markers start the line text[start, stop): `> - 1. * text` has four. */
function containersAt(text: string, start: number, stop: number): number {
  let depth = 0;
  let at = start;
  while (at < stop) {
    while (at < stop && SPACE.test(text[at])) at++;
    const c = text[at];
    let marker = 0;
    if (c === '>') marker = 1;
    else if (c === '-' || c === '+' || c === '*') marker = 1;
    else while (marker < 9 && at + marker < stop && text[at + marker] >= '0' && text[at + marker] <= '9') marker++;
    if (marker === 0) return depth;
    if (c >= '0' && c <= '9') {
      if (text[at + marker] !== '.' && text[at + marker] !== ')') return depth;
      marker++;
    }
    // A list marker needs white space (or the end of the line) after it; a quote marker does not.
    if (c !== '>' && at + marker < stop && !SPACE.test(text[at + marker])) return depth;
    at += marker;
    depth++;
  }
  return depth;
}

/** The parts of commonmark.js's parsers the budget wraps (not in its type definitions). */
interface InlineParser {
  pos: number;
  parse(this: InlineParser, block: { sourcepos?: [[number, number], [number, number]] }): void;
  parseInline(this: InlineParser, block: unknown): boolean;
  parseLinkDestination(this: InlineParser): string | null;
  parseReference(this: InlineParser, text: string, refmap: unknown): number;
  handleDelim(this: InlineParser, char: number, block: unknown): boolean;
}
interface BlockParser {
  offset: number;
  nextNonspace: number;
  lineNumber: number;
  findNextNonspace(this: BlockParser): void;
  inlineParser: InlineParser;
}

/**
 * Counts the parser's work on its three quadratic paths (white space scanned before each nested
 * container, inline tokens, link destination scans) and throws TooComplexError once a document
 * has spent WORK_BUDGET; `reset` starts a new document.
 */
export function withWorkBudget<P>(parser: P): { parser: P; reset: () => void } {
  const blocks = parser as unknown as BlockParser;
  const inline = blocks.inlineParser;
  let spent = 0;
  let line = 1;
  const spend = (work: number, where: number) => {
    spent += work;
    if (spent > WORK_BUDGET)
      throw new TooComplexError(where, `the parser would take minutes over it (from line ${where} on)`);
  };
  const findNextNonspace = blocks.findNextNonspace;
  blocks.findNextNonspace = function () {
    findNextNonspace.call(this);
    spend(LINE_COST + this.nextNonspace - this.offset, this.lineNumber);
  };
  const parse = inline.parse;
  inline.parse = function (block) {
    line = block.sourcepos?.[0][0] ?? line;
    parse.call(this, block);
  };
  const parseInline = inline.parseInline;
  inline.parseInline = function (block) {
    const from = this.pos;
    const more = parseInline.call(this, block);
    spend(TOKEN_COST + this.pos - from, line);
    return more;
  };
  // Each `*` or `_` of a run is a delimiter that emphasis processing may pair.
  const handleDelim = inline.handleDelim;
  inline.handleDelim = function (char, block) {
    const from = this.pos;
    const handled = handleDelim.call(this, char, block);
    spend(TOKEN_COST * (this.pos - from), line);
    return handled;
  };
  const parseReference = inline.parseReference;
  inline.parseReference = function (text, refmap) {
    spend(TOKEN_COST, line);
    return parseReference.call(this, text, refmap);
  };
  const readDestination = inline.parseLinkDestination;
  inline.parseLinkDestination = function () {
    const from = this.pos;
    const destination = readDestination.call(this);
    spend(SCAN_COST * (1 + this.pos - from), line);
    return destination;
  };
  return { parser, reset: () => (spent = 0) };
}
