/**
 * A story's URL path: `/story/arab-spring/egyptian-revolution-of-2011`, its name and its
 * ancestors' names slugged, outermost first. Names and nesting come from the corpus, so the same
 * tree always gives the same paths.
 */
import type { Manifest, StoryId } from '../../bundle/index.ts';

export interface StoryPaths {
  /** By StoryId: `arab-spring/egyptian-revolution-of-2011`. */
  pathOf: string[];
  idOf: Map<string, StoryId>;
}

/** Lower case, each run of other characters one `-`, as the corpus makes its event slugs. */
export function storySlug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'story'
  );
}

const cache = new WeakMap<Manifest, StoryPaths>();

/**
 * Two names that slug alike (`Election, 2015` and `Election 2015`) are told apart by a number
 * after the later one's slug (`election-2015-2`); stories are in id order, so that is stable too.
 */
export function storyPaths(manifest: Manifest): StoryPaths {
  const known = cache.get(manifest);
  if (known) return known;
  const { stories } = manifest;
  const pathOf = new Array<string>(stories.length);
  const idOf = new Map<string, StoryId>();
  const resolve = (id: StoryId): string => {
    if (pathOf[id] !== undefined) return pathOf[id];
    const parent = stories[id].parent;
    const base = (parent === null ? '' : `${resolve(parent)}/`) + storySlug(stories[id].name);
    let path = base;
    for (let n = 2; idOf.has(path); n++) path = `${base}-${n}`;
    idOf.set(path, id);
    return (pathOf[id] = path);
  };
  stories.forEach((_, id) => resolve(id));
  const paths = { pathOf, idOf };
  cache.set(manifest, paths);
  return paths;
}

/** `/story/<path>` for an app pathname, else null. */
export function storyPathOfPathname(pathname: string): string | null {
  const match = /^\/story\/(.+?)\/?$/.exec(pathname);
  return match ? match[1].toLowerCase() : null;
}

export function storyHrefOf(manifest: Manifest, id: StoryId): string {
  return `/story/${storyPaths(manifest).pathOf[id]}`;
}

/** The nested stories of a story, largest first (ids are in size order). */
export function childStories(manifest: Manifest, id: StoryId): StoryId[] {
  const children: StoryId[] = [];
  manifest.stories.forEach((story, child) => story.parent === id && children.push(child));
  return children;
}

/** What an event title of a story starts with: `Arab Spring: Egyptian revolution of 2011: `. */
export function storyTitlePrefix(manifest: Manifest, id: StoryId): string {
  const { name, parent } = manifest.stories[id];
  return `${parent === null ? '' : storyTitlePrefix(manifest, parent)}${name}: `;
}
