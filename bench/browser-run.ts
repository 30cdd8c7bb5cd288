/**
 * One measured run against a served corpus: a fresh context loads the app and is driven
 * through the gestures; a second fresh context opens a deep link and clicks a tag. A step
 * that fails is recorded and the rest still run, so a half-built app still yields figures.
 */
import type { Browser } from 'playwright-core';
import { openSession } from './browser-session.ts';
import { measureBrush, type BrushFigures } from './measure-brush.ts';
import { measureDeepLink, type DeepLinkFigures } from './measure-deeplink.ts';
import { measureInteraction, type InteractionFigures } from './measure-interaction.ts';
import { measureLoad, type LoadFigures } from './measure-load.ts';
import { measureStory, type StoryFigures, type StoryTarget } from './measure-story.ts';
import { measureSearch, type SearchFigures } from './measure-search.ts';

export interface BrowserRun {
  load?: LoadFigures;
  interaction?: InteractionFigures;
  brush?: BrushFigures;
  sessionBytes?: number;
  requests?: number;
  deepLink?: DeepLinkFigures;
  story?: StoryFigures;
  search?: SearchFigures;
  errors: string[];
}

export async function browserRun(
  browser: Browser,
  baseUrl: string,
  eventPath: string,
  searchQueries: string[],
  story: StoryTarget | null = null,
): Promise<BrowserRun> {
  const run: BrowserRun = { errors: [] };
  const first = await openSession(browser);
  try {
    run.load = await step(run, 'load', () => measureLoad(first, `${baseUrl}/`));
    if (run.load) run.interaction = await step(run, 'interaction', () => measureInteraction(first));
    // Counted before the brush, which visits the whole corpus and loads shards all over it.
    run.sessionBytes = first.bytes.total();
    run.requests = first.bytes.requests();
    if (run.load) run.brush = await step(run, 'brush', () => measureBrush(first.page));
  } finally {
    await first.close();
  }
  const second = await openSession(browser);
  try {
    run.deepLink = await step(run, 'deep link', () => measureDeepLink(second, `${baseUrl}${eventPath}`));
  } finally {
    await second.close();
  }
  const third = await openSession(browser);
  try {
    run.search = await step(run, 'search', () => measureSearch(third, `${baseUrl}/`, searchQueries));
  } finally {
    await third.close();
  }
  if (story) {
    const fourth = await openSession(browser);
    try {
      run.story = await step(run, 'story', () => measureStory(fourth, baseUrl, story));
    } finally {
      await fourth.close();
    }
  }
  return run;
}

async function step<T>(run: BrowserRun, name: string, action: () => Promise<T>): Promise<T | undefined> {
  try {
    return await action();
  } catch (error) {
    run.errors.push(`${name}: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}
