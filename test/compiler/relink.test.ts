import { describe, expect, it } from 'vitest';
import type { LinkedCorpus } from '../../src/compiler/link.ts';
import { linkFully, relink } from '../../src/compiler/relink.ts';
import type { ParsedEvent } from '../../src/compiler/types.ts';
import { makeParsedEvent as event, makeRelated as rel } from '../support/parsed-event.ts';

/** What a corpus says, in a form toEqual compares (tags as sorted lists). */
function linked(corpus: LinkedCorpus<ParsedEvent>) {
  return {
    events: corpus.events.map((e) => ({
      file: e.parsed.file,
      storyPath: e.storyPath,
      headlineStart: e.headlineStart,
      outside: e.outside,
      tags: [...e.tags].sort(),
    })),
    duplicates: corpus.duplicates,
    outsideLinks: corpus.outsideLinks,
  };
}

/**
 * Links `before`, then applies the change the way a build session does: incrementally, or
 * fully where relink declines. Returns whether it declined, and checks the result against a
 * full link of the corpus after the change.
 */
function change(before: ParsedEvent[], removed: ParsedEvent[], added: ParsedEvent[]): { fullLink: boolean } {
  const after = before.filter((e) => !removed.includes(e)).concat(added);
  const state = relink(linkFully(before), removed, added);
  expect(linked((state ?? linkFully(after)).corpus)).toEqual(linked(linkFully(after).corpus));
  return { fullLink: state === null };
}

const budget = event('2015-10-01', 'budget', {
  title: 'Northland: Lawmakers debate the budget.',
  related: [rel('2015-09-26', 'rail', 'Northland, Rail transport')],
});
const rail = event('2015-09-26', 'rail', { title: 'Northland says it will expand its rail network.' });

describe('relink', () => {
  it('updates the tags of the event an edited entry points at, without a full link', () => {
    const edited = { ...budget, related: [rel('2015-09-26', 'rail', 'Northland, Freight')] };
    expect(change([budget, rail], [budget], [edited])).toEqual({ fullLink: false });
  });

  it('marks links in the collection when their target arrives', () => {
    const gone = event('2014-01-05', 'gone');
    const linker = event('2015-10-02', 'linker', { related: [rel('2014-01-05', 'gone', 'Trains')] });
    expect(change([linker, rail], [], [gone])).toEqual({ fullLink: false });
  });

  describe('links fully when an id has more than one file', () => {
    const padded = event('2017-05-04', 'x', { related: [rel('2015-09-26', 'rail', 'Padded')] });
    const unpadded = event('2017-05-04', 'x', {
      folder: '2017/05/4',
      related: [rel('2015-09-26', 'rail', 'Unpadded')],
    });

    it('when the kept copy is removed, the other copy takes its place', () => {
      expect(change([padded, unpadded, rail], [padded], [])).toEqual({ fullLink: true });
    });

    it('when a second file with an id already in the corpus arrives', () => {
      expect(change([unpadded, rail], [], [padded])).toEqual({ fullLink: true });
    });

    it('when the copy that was skipped is edited', () => {
      const edited = { ...unpadded, title: 'X again.' };
      expect(change([padded, unpadded, rail], [unpadded], [edited])).toEqual({ fullLink: true });
    });
  });

  describe('links fully when the names with a comma change', () => {
    const greece = event('2015-09-21', 'greece', {
      related: [rel('2015-09-26', 'rail', 'Greece, Greek legislative election, September 2015')],
    });
    const election = event('2015-09-20', 'election', {
      title: 'Greek legislative election, September 2015: Voters return.',
    });

    it('when the only title giving a comma name goes, contexts split at every comma again', () => {
      expect(change([greece, election, rail], [election], [])).toEqual({ fullLink: true });
    });

    it('when a title gives a new comma name, contexts that hold it split around it', () => {
      expect(change([greece, rail], [], [election])).toEqual({ fullLink: true });
    });
  });

  describe('re-splits the titles that lead with a name that became or stopped being a story', () => {
    // `Star Trek` carries no disambiguator, so it is a nested story only once some context names it.
    const voyager = event('2016-01-04', 'voyager', { title: 'Television: Star Trek: Voyager returns.' });
    const trek = event('2016-01-05', 'trek', { related: [rel('2015-09-26', 'rail', 'Star Trek')] });

    it('when a context makes it a story', () => {
      expect(change([voyager, rail], [], [trek])).toEqual({ fullLink: false });
    });

    it('when the last context naming it goes', () => {
      expect(change([voyager, trek, rail], [trek], [])).toEqual({ fullLink: false });
    });
  });
});
