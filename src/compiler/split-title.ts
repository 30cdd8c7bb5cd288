/**
 * `Story: Nested story: headline` to its story path and where the headline starts.
 * Known story names (from the corpus) win, longest first; an unknown segment counts as a story
 * only if it looks like a topic rather than part of a sentence. The headline is never empty.
 */
export interface TitleSplit {
  storyPath: string[];
  headlineStart: number;
}

const SEPARATOR = ': ';
/** Names can themselves contain `: ` (rarely); try joining this many segments. */
const MAX_SEGMENTS_PER_NAME = 3;

export function splitTitle(title: string, known: ReadonlySet<string>): TitleSplit {
  const segments = title.split(SEPARATOR);
  const storyPath: string[] = [];
  let used = 0;
  let headlineStart = 0;
  while (used < segments.length - 1) {
    let taken = 0;
    for (let k = Math.min(MAX_SEGMENTS_PER_NAME, segments.length - 1 - used); k >= 1; k--) {
      if (known.has(segments.slice(used, used + k).join(SEPARATOR))) {
        taken = k;
        break;
      }
    }
    if (taken === 0 && looksLikeStory(segments[used], storyPath.length === 0)) taken = 1;
    if (taken === 0) break;
    const name = segments.slice(used, used + taken).join(SEPARATOR);
    storyPath.push(name);
    headlineStart += name.length + SEPARATOR.length;
    used += taken;
  }
  if (title.slice(headlineStart).trim() === '') return { storyPath: [], headlineStart: 0 };
  return { storyPath, headlineStart };
}

const SENTENCE_WORDS =
  /\b(?:says?|said|is|are|was|were|has|have|had|will|would|can|could|announces?|announced|reports?|reported|claims?|dies|died|kills?|killed|wins?|won)\b/i;
/** Wikipedia's disambiguators, e.g. `(2014-present)`: nested stories are articles like this. */
const DISAMBIGUATOR = /\([^()]+\)$/;

/**
 * A story segment is short, starts like a name and is not a sentence. An unknown nested
 * segment must also carry a disambiguator, or `Star Trek: Voyager` would become a story.
 */
export function looksLikeStory(segment: string, outermost: boolean): boolean {
  const text = segment.trim();
  if (text.length < 2 || text.length > 60 || text !== segment) return false;
  if (text.split(' ').length > 8) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(text) || /[.!?,;]$/.test(text)) return false;
  if (SENTENCE_WORDS.test(text)) return false;
  // `The film Star Wars: The Force Awakens ...` opens a sentence; story names (`The Troubles`) do not.
  if (/^(?:The|A|An) \p{Ll}/u.test(text)) return false;
  return outermost || DISAMBIGUATOR.test(text);
}
