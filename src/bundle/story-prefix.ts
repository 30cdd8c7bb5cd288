/**
 * How a title's leading story names are read, the same in the compiler and the app: a related
 * entry's title is respelled by one and labelled by the other, and both must agree on where its
 * headline starts.
 */

/** The length of a title's leading `Story: Inner story: ` names, as far as they are known stories. */
export function storyPrefixLength(title: string, stories: ReadonlySet<string>): number {
  let at = 0;
  for (let colon = title.indexOf(': ', at); colon > 0; colon = title.indexOf(': ', at)) {
    if (!stories.has(title.slice(at, colon))) break;
    at = colon + 2;
  }
  return at;
}
