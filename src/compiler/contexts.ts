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
    if (!title.includes(', ')) continue;
    const segments = title.split(': ');
    for (let i = 0; i < segments.length - 1; i++) if (segments[i].includes(', ')) into.add(segments[i].trim());
  }
  return into;
}
