/**
 * `Iran, Greek legislative election, September 2015, Russia` to its names. Values are separated
 * by `, `, but a known name may itself contain one; the longest known join wins.
 */
const MAX_PIECES_PER_NAME = 4;

export function splitContexts(raw: string, commaNames: ReadonlySet<string>): string[] {
  const pieces = raw.split(/,\s+/).map((piece) => piece.trim());
  const names: string[] = [];
  for (let i = 0; i < pieces.length;) {
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

/** The names with a comma among a corpus's tag names: all `splitContexts` needs to know. */
export function namesWithComma(names: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const name of names) if (name.includes(', ')) found.add(name);
  return found;
}
