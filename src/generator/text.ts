/** Text rules the upstream exporter applied, reproduced so generated files look like real ones. */

const MAX_SLUG_BYTES = 140;

/**
 * The upstream slug rule: the title *before* ASCII folding, cut to its first 140 UTF-8 bytes,
 * lowercased, each run outside [a-z0-9] turned into one `-`, then trimmed of `-`.
 */
export function upstreamSlug(originalTitle: string): string {
  // A cut through a multi-byte character decodes to U+FFFD, which becomes `-` anyway.
  const head = /^[ -~]*$/.test(originalTitle)
    ? originalTitle.slice(0, MAX_SLUG_BYTES)
    : Buffer.from(originalTitle, 'utf8').subarray(0, MAX_SLUG_BYTES).toString('utf8');
  return head
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const FOLDS: Record<string, string> = {
  '\u2013': '-',
  '\u2014': '-',
  '\u2018': '-',
  '\u2019': '-',
  '\u201c': '"',
  '\u201d': '"',
  '\u00df': 'ss',
  '\u0141': 'L',
  '\u0142': 'l',
  '\u00d8': 'O',
  '\u00f8': 'o',
  '\u0131': 'i',
};

/**
 * ASCII folding as seen in real titles: accents dropped (`Pérez` -> `Perez`), dashes and
 * curly apostrophes to `-` (`group’s` -> `group-s`), anything else non-ASCII to `-`.
 */
export function foldAscii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, (ch) => FOLDS[ch] ?? '-');
}
