import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayPath, eventPath, type EventId } from '../../src/bundle/index.ts';
import { compile } from '../../src/compiler/compile.ts';
import { emptyKeepingPages } from '../../src/pages/kept-pages.ts';
import { bundleDays, readManifest } from '../../src/pages/read-bundle.ts';
import { writePages, type PagesStats } from '../../src/pages/write-pages.ts';

const scratch = mkdtempSync(join(tmpdir(), 'dateline-incremental-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const INDEX = `<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Dateline</title><script>document.documentElement.classList.add('js');</script></head><body><div id="root"></div></body></html>`;
const site = { base: '/', url: 'https://example.org' };
const src = join(scratch, 'corpus');
const dist = join(scratch, 'dist');
const EDITED = 'news/2015/09/26/northland-says-it-will-expand-its-rail-network-to-the-coast.md';
const REMOVED = 'news/2016/01/04/television-the-actor-best-known-for-star-trek-voyager-retires-from-the-stage.md';

/** What `npm run build` does: empty the site but for the pages, compile into it, write the pages. */
async function build(): Promise<PagesStats> {
  emptyKeepingPages(dist);
  await compile({ src, out: join(dist, 'data'), threads: false });
  writeFileSync(join(dist, 'index.html'), INDEX);
  return writePages({ dist, site, mode: 'events' });
}

const pageFiles = () =>
  readdirSync(join(dist, 'news'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)));
const events = () => [...bundleDays(join(dist, 'data'), readManifest(join(dist, 'data')))].flatMap((d) => d.events);
const pagesOf = (id: EventId) => [`${eventPath(id).slice(1)}.html`, `${eventPath(id).slice(1)}.oembed.json`];
/** Events whose related list links to `id`. */
const relating = (id: EventId) => events().filter((event) => event.related.some((entry) => entry.id === id));

describe('a rebuild after one edit and one deletion', () => {
  let cold: PagesStats;
  let warm: PagesStats;
  let coldBytes: Map<string, string>;
  const editedId = '2015-09-26/northland-says-it-will-expand-its-rail-network-to-the-coast' as EventId;
  const removedId =
    '2016-01-04/television-the-actor-best-known-for-star-trek-voyager-retires-from-the-stage' as EventId;

  beforeAll(async () => {
    cpSync('test/fixtures/small-corpus', src, { recursive: true });
    cold = await build();
    coldBytes = new Map(pageFiles().map((path) => [path, readFileSync(join(dist, path), 'utf8')]));
    // Every page as old as can be: whatever the rebuild writes is new.
    for (const path of pageFiles()) utimesSync(join(dist, path), 0, 0);
    const file = join(src, EDITED);
    writeFileSync(file, readFileSync(file, 'utf8').replace('expand its rail network', 'extend its railway'));
    rmSync(join(src, REMOVED));
    warm = await build();
  });

  it('writes every page on a cold build', () => {
    expect(cold.written.sort()).toEqual([...coldBytes.keys()].sort());
    expect(cold.deleted).toEqual([]);
  });

  it('rewrites only the edited event’s page, its day’s and those whose related entries changed', () => {
    const edited = events().find((event) => event.title.includes('extend its railway'))!;
    expect(edited.id).toBe(editedId);
    // A related entry shows the title its link is written with, so an event linking to the edited
    // one keeps its page; one linking to the deleted event now says it is not in the collection.
    const [linksToEdited] = relating(editedId);
    const [linksToRemoved] = relating(removedId);
    expect(linksToRemoved.related.find((entry) => entry.id === removedId)?.inCollection).toBe(false);
    const expected = [
      ...pagesOf(editedId),
      `${dayPath(edited.day).slice(1)}.html`,
      // The deleted event's day lists one event fewer.
      'news/2016/01/04.html',
      `${eventPath(linksToRemoved.id).slice(1)}.html`,
    ].sort();
    const touched = pageFiles().filter((path) => statSync(join(dist, path)).mtimeMs > 0);
    expect(touched.sort()).toEqual(expected);
    expect(warm.written.sort()).toEqual(expected);
    expect(touched).not.toContain(`${eventPath(linksToEdited.id).slice(1)}.html`);
  });

  it('deletes the pages of the removed event, and leaves every other page as it was', () => {
    for (const path of pagesOf(removedId)) expect(existsSync(join(dist, path))).toBe(false);
    expect(warm.deleted.sort()).toEqual(pagesOf(removedId).sort());
    for (const path of pageFiles())
      if (!warm.written.includes(path)) expect(readFileSync(join(dist, path), 'utf8')).toBe(coldBytes.get(path));
  });
});
