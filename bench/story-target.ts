/** The story the benchmark opens: the smallest with 2,000 events or more, else the largest. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '../src/bundle/index.ts';
import { storyPaths } from '../src/features/stories/story-paths.ts';
import type { StoryTarget } from './measure-story.ts';

export const STORY_SIZE = 2000;

export function storyToOpen(bundleDir: string): StoryTarget | null {
  const manifest = JSON.parse(readFileSync(join(bundleDir, 'manifest.json'), 'utf8')) as Manifest;
  if (manifest.stories.length === 0) return null;
  const big = manifest.stories.map((story, id) => ({ id, size: story.size })).filter((s) => s.size >= STORY_SIZE);
  const pick = big.length > 0 ? big[big.length - 1] : { id: 0, size: manifest.stories[0].size };
  return { ...pick, path: storyPaths(manifest).pathOf[pick.id] };
}
