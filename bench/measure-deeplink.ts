/**
 * Opening a shared event link: navigation to the panel showing the event's sources. Then a
 * click on one of the event's context tags: pointerdown to the first frame painted with that
 * filter (`data-painted-filter`), or, if the app does not expose it, to the match count change.
 */
import type { Session } from './browser-session.ts';
import type { ProbeMarks } from './page-probes.ts';

export interface DeepLinkFigures {
  panelMs: number;
  tagFilterMs: number;
  /** Which signal timed the filter: 'painted-filter' or 'match-count' (the fallback). */
  tagFilterSignal: string;
  tag: string;
}

const marks = (session: Session) => session.page.evaluate(() => window.__benchMarks as ProbeMarks);

export async function measureDeepLink(session: Session, url: string, timeoutMs = 60_000): Promise<DeepLinkFigures> {
  const { page } = session;
  await page.goto(url, { waitUntil: 'commit' });
  const sources = page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { name: 'Sources' });
  await sources.waitFor({ timeout: timeoutMs });
  const panelMs = (await marks(session)).sources ?? Number.NaN;

  const chip = page.locator('.event-panel .tag-chips button').first();
  await chip.waitFor({ timeout: timeoutMs });
  const tag = (await chip.textContent())?.trim() ?? '';
  const key = `all:${tag}`;
  await chip.click();
  const painted = await page
    .waitForFunction((k) => window.__benchMarks[`filter:${k}`] !== undefined, key, { timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  if (!painted) {
    await page.waitForFunction(() => !document.querySelector('[data-testid="match-count"][aria-busy="true"]'), null, {
      timeout: timeoutMs,
    });
  }
  const m = await marks(session);
  const end = painted ? m[`filter:${key}`] : m.count;
  return {
    panelMs,
    tagFilterMs: (end ?? Number.NaN) - (m.pointerdown ?? Number.NaN),
    tagFilterSignal: painted ? 'painted-filter' : 'match-count',
    tag,
  };
}
