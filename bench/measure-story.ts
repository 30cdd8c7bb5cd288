/**
 * Following a story at scale. In one fresh context: load `/`, then open a story of 2,000+ events
 * the way a link in the app does (a client-side navigation): time to the timeline painted with
 * the story highlighted (`data-painted-filter="story:<id>"`) and the first row of its event list
 * shown, and the bytes that took beyond what the timeline had loaded. Then load `/?lanes=stories`
 * and run the same gestures as measureInteraction, for the frame intervals with lanes on.
 */
import type { Session } from './browser-session.ts';
import { measureInteraction } from './measure-interaction.ts';

export interface StoryTarget {
  id: number;
  path: string;
  size: number;
}

export interface StoryFigures {
  storyEvents: number;
  openMs: number;
  openBytes: number;
  lanesFrameP50Ms: number;
  lanesFrameP95Ms: number;
  lanesFrameMaxMs: number;
}

export async function measureStory(session: Session, baseUrl: string, story: StoryTarget): Promise<StoryFigures> {
  const { page, bytes } = session;
  await page.goto(`${baseUrl}/`);
  await page.waitForSelector('[data-testid="timeline"][data-ready="true"]', { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const before = bytes.total();
  const openMs = await page.evaluate(
    ({ path, key }) =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        history.pushState(null, '', path);
        dispatchEvent(new PopStateEvent('popstate'));
        const check = () => {
          const painted = window.__benchMarks[`filter:${key}`];
          const row = document.querySelector('.ordinal-list a');
          if (painted !== undefined && row) resolve(Math.max(painted, performance.now()) - started);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    { path: `/story/${story.path}`, key: `story:${story.id}` },
  );
  await page.waitForLoadState('networkidle');
  const openBytes = bytes.total() - before;

  await page.goto(`${baseUrl}/?lanes=stories`);
  await page.waitForSelector('[data-testid="timeline"][data-ready="true"]', { timeout: 60_000 });
  await page.getByRole('list', { name: 'Story lanes' }).waitFor();
  const lanes = await measureInteraction(session);
  return {
    storyEvents: story.size,
    openMs,
    openBytes,
    lanesFrameP50Ms: lanes.frameP50Ms,
    lanesFrameP95Ms: lanes.frameP95Ms,
    lanesFrameMaxMs: lanes.frameMaxMs,
  };
}
