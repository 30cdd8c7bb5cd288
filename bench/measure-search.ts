/**
 * Search in a fresh context: what loads before the user types, then queries typed a key at a
 * time, each keystroke timed from keydown to the results panel carrying that text in
 * `data-search-painted` (the app sets it once the results for it are rendered). Bytes are the
 * uncompressed bodies of the search index's files; rounds are the longest chain of requests
 * where each starts after the one before it finished.
 */
import type { Session } from './browser-session.ts';
import type { ProbeMarks } from './page-probes.ts';

export interface SearchFigures {
  /** Search index files fetched before the first keystroke (only index.json is expected). */
  filesBeforeTyping: number;
  /** Keystroke to results painted, for the first query of the session and for later ones. */
  firstQueryMs: number[];
  laterQueryMs: number[];
  /** Per query: uncompressed bytes of search files (the first includes index.json) and rounds. */
  queries: Array<{ text: string; bytes: number; rounds: number; results: string }>;
}

interface Fetch {
  url: string;
  start: number;
  end: number;
  bytes: number;
}

const SEARCH_FILE = /\/data\/search\//;

export async function measureSearch(session: Session, url: string, queries: string[]): Promise<SearchFigures> {
  const { page } = session;
  const fetches: Fetch[] = [];
  page.on('requestfinished', (request) => {
    if (!SEARCH_FILE.test(request.url())) return;
    // The browser's own times (fractions of a millisecond), not when the harness hears of them:
    // under load it hears of parallel requests finishing and starting in one batch.
    const { startTime, responseEnd } = request.timing();
    void request.response().then(async (response) => {
      const bytes = (await response?.body().catch(() => null))?.length ?? 0;
      fetches.push({ url: request.url(), start: startTime, end: startTime + Math.max(0, responseEnd), bytes });
    });
  });
  await page.goto(url);
  await page.waitForSelector('[data-testid="timeline"][data-ready="true"]', { timeout: 60_000 });
  // The app loads index.json once idle; give it the time a reader takes to start typing.
  await page.waitForTimeout(2500);
  const filesBeforeTyping = fetches.length;

  const field = page.getByRole('searchbox', { name: /Search/ });
  await field.focus();
  const figures: SearchFigures = { filesBeforeTyping, firstQueryMs: [], laterQueryMs: [], queries: [] };
  const counted = new Set<Fetch>();
  for (const [q, text] of queries.entries()) {
    await field.fill('');
    await page.waitForFunction(() => !document.querySelector('[data-search-painted]'));
    const keystrokes: number[] = [];
    for (let i = 1; i <= text.length; i++) {
      // A mark can be set again after it was read and deleted (any later mutation while the panel
      // still shows that text); the same text typed in a later query would then read a stale one.
      await page.evaluate(() => {
        for (const key of Object.keys(window.__benchMarks))
          if (key.startsWith('search:')) delete window.__benchMarks[key as `search:${string}`];
      });
      keystrokes.push(Date.now());
      await page.keyboard.type(text[i - 1]);
      const typed = text.slice(0, i);
      if (typed.trim() === '' || typed.endsWith(' ')) continue;
      await page.waitForFunction((t) => window.__benchMarks[`search:${t}`] !== undefined, typed, { timeout: 30_000 });
      const marks = await page.evaluate(() => window.__benchMarks as ProbeMarks);
      const ms = (marks[`search:${typed}`] ?? Number.NaN) - (marks.keydown ?? Number.NaN);
      (q === 0 ? figures.firstQueryMs : figures.laterQueryMs).push(ms);
    }
    await page.waitForTimeout(300);
    // The first query's bytes include what loaded before typing (index.json).
    const mine = fetches.filter((f) => (q === 0 || f.start >= keystrokes[0]) && !counted.has(f));
    mine.forEach((f) => counted.add(f));
    const perKey = keystrokes.map((at, k) =>
      mine.filter((f) => f.start >= at && f.start < (keystrokes[k + 1] ?? Infinity)),
    );
    const results = (await page.locator('.search-count').textContent()) ?? '';
    const bytes = mine.reduce((sum, f) => sum + f.bytes, 0);
    figures.queries.push({ text, bytes, rounds: Math.max(0, ...perKey.map(rounds)), results });
  }
  return figures;
}

/** Queries a reader of this event might type: a word of its title, two words, a typo. */
export function searchQueries(title: string): string[] {
  const words = [...new Set(title.toLowerCase().match(/[a-z]{5,}/g) ?? [])].sort((a, b) => b.length - a.length);
  const [first = 'minister', second = 'government', third = 'election'] = words;
  const typo = `${first.slice(0, 4)}${first[4] === 'q' ? 'x' : 'q'}${first.slice(5)}`;
  return [first, `${second} ${third}`, typo];
}

/** The longest chain of requests in which each starts after the previous one finished. */
function rounds(fetches: Fetch[]): number {
  const depth = new Map<Fetch, number>();
  const byStart = [...fetches].sort((a, b) => a.start - b.start);
  for (const f of byStart) {
    const before = byStart.filter((g) => g.end <= f.start).map((g) => depth.get(g) ?? 1);
    depth.set(f, 1 + Math.max(0, ...before));
  }
  return Math.max(0, ...depth.values());
}
