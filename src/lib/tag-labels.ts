/** How tag and story names read: the manifest's label where the compiler has one, else the name.
 *  The name stays what the URL, the filter and search speak. */
import { storyPrefixLength, type Manifest, type StoryId, type TagEntry } from '../bundle/index.ts';

const byManifest = new WeakMap<Manifest, Map<string, string>>();

export const labelOf = (tag: TagEntry): string => tag.label ?? tag.name;

/** The label of a tag name; an unknown name shows as itself. */
export function tagLabel(manifest: Manifest, name: string): string {
  let labels = byManifest.get(manifest);
  if (!labels) {
    labels = new Map(manifest.tags.flatMap((tag) => (tag.label === undefined ? [] : [[tag.name, tag.label]])));
    byManifest.set(manifest, labels);
  }
  return labels.get(name) ?? name;
}

/** A story reads as its tag does. */
export function storyLabel(manifest: Manifest, story: StoryId): string {
  const entry = manifest.stories[story];
  return manifest.tags[entry.tag]?.label ?? entry.name;
}

const storyNamesOf = new WeakMap<Manifest, Set<string>>();

export function storyNames(manifest: Manifest): Set<string> {
  let names = storyNamesOf.get(manifest);
  if (!names) storyNamesOf.set(manifest, (names = new Set(manifest.stories.map((story) => story.name))));
  return names;
}

/**
 * A title with its leading story names read as their labels (titles keep the names as written),
 * and where its headline starts then. `prefix` is where it starts in `title`, when known.
 */
export function labelStories(
  manifest: Manifest,
  title: string,
  prefix = storyPrefixLength(title, storyNames(manifest)),
): { title: string; headlineStart: number } {
  if (prefix === 0) return { title, headlineStart: 0 };
  const shown = title
    .slice(0, prefix - 2)
    .split(': ')
    .map((name) => `${tagLabel(manifest, name)}: `)
    .join('');
  return { title: shown + title.slice(prefix), headlineStart: shown.length };
}
