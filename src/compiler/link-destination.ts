/**
 * A faster reading of plain link destinations for a commonmark.js parser.
 *
 * commonmark.js scans a destination one character at a time, building a string and running a
 * regular expression per character; with ten long `/news/...` links in every event file that
 * loop was a third of all parsing. Most destinations are plain: only characters that its URL
 * normaliser leaves as they are, with no escapes, entities or parentheses, ending at `)` or
 * white space. For those the result is simply the matched text, so one sticky match gives it;
 * anything else goes to the parser's own code. `link-destination.test.ts` checks that the
 * two agree on every kind of destination.
 */
import type { Parser } from 'commonmark';

/** Characters mdurl's `encode` keeps unchanged (`%` only before two hex digits, checked below). */
const PLAIN = /[A-Za-z0-9\-._~!$*'+,;=:@/?#%]+/y;
const BAD_PERCENT = /%(?![0-9A-Fa-f]{2})/;
/** Where commonmark.js ends a destination without a closing `>`: `)`, white space, the end. */
const ENDS_DESTINATION = /[) \t\n\v\f\r]/;

interface InlineParserState {
  subject: string;
  pos: number;
  parseLinkDestination(this: InlineParserState): string | null;
}

export function withFastLinkDestinations(parser: Parser): Parser {
  const inline = (parser as unknown as { inlineParser: InlineParserState }).inlineParser;
  const original = inline.parseLinkDestination;
  inline.parseLinkDestination = function (this: InlineParserState) {
    PLAIN.lastIndex = this.pos;
    const match = PLAIN.exec(this.subject)?.[0];
    if (match !== undefined) {
      const end = this.pos + match.length;
      const next = this.subject.charAt(end);
      if ((next === '' || ENDS_DESTINATION.test(next)) && !BAD_PERCENT.test(match)) {
        this.pos = end;
        return match;
      }
    }
    return original.call(this);
  };
  return parser;
}
