/**
 * Two shortcuts for a commonmark.js parser, each taken only where its result is certain and
 * otherwise leaving the work to the parser's own code. `parser-fast-paths.test.ts` renders
 * documents with a patched and a stock parser and expects the same tree.
 *
 * Link destinations. commonmark.js scans a destination one character at a time, building a
 * string and running a regular expression per character; with ten long `/news/...` links in
 * every event file that loop was a third of all parsing. Most destinations are plain: only
 * characters that its URL normaliser leaves as they are, with no escapes, entities or
 * parentheses, ending at `)` or white space. For those the result is simply the matched text.
 *
 * Reference definitions. Every paragraph that starts with `[` is first tried as link reference
 * definitions (`[label]: destination`), and each related entry (`[title](/news/...)`) is such a
 * paragraph: the label was scanned twice, once in vain. A definition needs its label's `]`
 * followed at once by `:`, so text without `]:` holds none.
 */
import type { Parser } from 'commonmark';

/**
 * Characters mdurl's `encode` keeps unchanged (`%` only before two hex digits, and `&` only where
 * it cannot start an entity, both checked below). Source URLs' queries are full of `&`.
 */
const PLAIN = /[A-Za-z0-9\-._~!$*'+,;=:@/?#%&]+/y;
const NOT_PLAIN = /%(?![0-9A-Fa-f]{2})|&[#A-Za-z0-9]+;/;
/** Where commonmark.js ends a destination without a closing `>`: `)`, white space, the end. */
const ENDS_DESTINATION = /[) \t\n\v\f\r]/;

interface InlineParserState {
  subject: string;
  pos: number;
  parseLinkDestination(this: InlineParserState): string | null;
  /** How much of `text` the definition at its start takes (it is added to `refmap`), or 0 for none. */
  parseReference(this: InlineParserState, text: string, refmap: unknown): number;
}

export function withFastPaths(parser: Parser): Parser {
  const inline = (parser as unknown as { inlineParser: InlineParserState }).inlineParser;
  const readDestination = inline.parseLinkDestination;
  inline.parseLinkDestination = function (this: InlineParserState) {
    PLAIN.lastIndex = this.pos;
    const match = PLAIN.exec(this.subject)?.[0];
    if (match !== undefined) {
      const end = this.pos + match.length;
      const next = this.subject.charAt(end);
      if ((next === '' || ENDS_DESTINATION.test(next)) && !NOT_PLAIN.test(match)) {
        this.pos = end;
        return match;
      }
    }
    return readDestination.call(this);
  };
  const readReference = inline.parseReference;
  inline.parseReference = function (this: InlineParserState, text: string, refmap: unknown) {
    return text.includes(']:') ? readReference.call(this, text, refmap) : 0;
  };
  return parser;
}
