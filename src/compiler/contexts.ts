// Where the names with a comma come from; splitting contexts with them is in src/bundle/contexts.ts.

/** Title segments with a comma: the only evidence that a name with a comma exists. */
export function collectCommaNames(titles: Iterable<string>, into = new Set<string>()): Set<string> {
  for (const title of titles) {
    // Every segment before the last `: `, found in place: the parse workers run this on every
    // related title, and splitting each one made arrays that were thrown away at once.
    let comma = title.indexOf(', ');
    for (
      let start = 0, end = title.indexOf(': ');
      end >= 0 && comma >= 0;
      start = end + 2, end = title.indexOf(': ', start)
    ) {
      if (comma < start) comma = title.indexOf(', ', start);
      if (comma >= 0 && comma < end) into.add(title.slice(start, end).trim());
    }
  }
  return into;
}
