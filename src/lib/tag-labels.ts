/** How tag and story names read: the manifest's label where the compiler has one, else the name.
 *  The name stays what the URL, the filter and search speak. */
import type { Manifest, StoryId, TagEntry } from '../bundle/index.ts';

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
