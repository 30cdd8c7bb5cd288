/** Tag names to ids, built once per manifest (the URL and the panels speak in names). */
import type { Manifest, TagId } from '../bundle/index.ts';

const byManifest = new WeakMap<Manifest, Map<string, TagId>>();

export function tagIdsByName(manifest: Manifest): Map<string, TagId> {
  let ids = byManifest.get(manifest);
  if (!ids) {
    ids = new Map(manifest.tags.map((tag, id) => [tag.name, id]));
    byManifest.set(manifest, ids);
  }
  return ids;
}

/** The postings files holding these tags; unknown names are skipped. */
export function postingsFilesOf(manifest: Manifest, names: readonly string[]): string[] {
  const ids = tagIdsByName(manifest);
  const files = new Set<string>();
  for (const name of names) {
    const id = ids.get(name);
    if (id !== undefined) files.add(manifest.postings[manifest.tags[id].postings]);
  }
  return [...files];
}
