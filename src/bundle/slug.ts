/**
 * The upstream slug rule (docs/corpus-format.md): first 140 UTF-8 bytes of the title, lowercased, each run
 * outside [a-z0-9] turned into one `-`, trimmed. The compiler uses it only for files whose name
 * cannot be the slug, and search snippets leave out a slug this rule gives back exactly.
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

export function slugFromTitle(title: string): string {
  // In ASCII a character is a byte. Elsewhere a character cut in half by the byte limit decodes
  // to U+FFFD and then falls away as `-`.
  const head = NON_ASCII.test(title) ? decoder.decode(encoder.encode(title).slice(0, 140)) : title.slice(0, 140);
  return head
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
