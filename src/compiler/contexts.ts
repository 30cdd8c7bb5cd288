/**
 * `Iran, Greek legislative election, September 2015, Russia` to its names. Values are separated
 * by `, `, but a known name may itself contain one; the longest known join wins.
 */
const MAX_PIECES_PER_NAME = 4;

export function splitContexts(raw: string, commaNames: ReadonlySet<string>): string[] {
  const pieces = raw.split(/,\s+/).map((piece) => piece.trim());
  const names: string[] = [];
  for (let i = 0; i < pieces.length; ) {
    let taken = 1;
    for (let k = Math.min(MAX_PIECES_PER_NAME, pieces.length - i); k >= 2; k--) {
      if (commaNames.has(pieces.slice(i, i + k).join(', '))) {
        taken = k;
        break;
      }
    }
    const name = pieces.slice(i, i + taken).join(', ');
    if (name !== '' && !names.includes(name)) names.push(name);
    i += taken;
  }
  return names;
}

/** Title segments with a comma: the only evidence that a name with a comma exists. */
export function collectCommaNames(titles: Iterable<string>, into = new Set<string>()): Set<string> {
  for (const title of titles) {
    // Every segment before the last `: `, found in place: the parse workers run this on every
    // related title, and splitting each one made arrays that were thrown away at once.
    let comma = title.indexOf(', ');
    for (let start = 0, end = title.indexOf(': '); end >= 0 && comma >= 0; start = end + 2, end = title.indexOf(': ', start)) {
      if (comma < start) comma = title.indexOf(', ', start);
      if (comma >= 0 && comma < end) into.add(title.slice(start, end).trim());
    }
  }
  return into;
}
