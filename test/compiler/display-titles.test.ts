import { describe, expect, it, vi } from 'vitest';
import { displayTitles } from '../../src/compiler/display-titles.ts';
import { linkCorpus } from '../../src/compiler/link.ts';
import { parsedFile as parsed } from '../support/parsed-file.ts';

describe('displayTitles', () => {
  it('spells a headline as its body does, keeps the story names, the id and the slug', () => {
    const events = [
      parsed(
        3,
        'turkey-pkk-conflict-clashes-in-igd-r-kill-soldiers',
        'Turkey-PKK conflict: Clashes in Igd-r kill soldiers at 86-F',
        'Clashes near Iğdır, where it was 86°F.',
        '1. [Turkey-PKK conflict: A march. ](/news/2015/09/4/march.md) _Context: Turkey-PKK conflict_\n',
      ),
    ];
    const corpus = linkCorpus(events);
    expect(displayTitles(corpus.events)).toEqual(['Turkey-PKK conflict: Clashes in Iğdır kill soldiers at 86°F']);
    expect(corpus.events[0].storyPath).toEqual(['Turkey-PKK conflict']);
    expect(corpus.events[0].parsed.id).toBe('2015-09-03/turkey-pkk-conflict-clashes-in-igd-r-kill-soldiers');
  });

  it('spells a word the folding marked as a related entry elsewhere in the corpus does', () => {
    const council = parsed(1, 'council', 'Pro-democracy candidates win Hong Kong-s councils.', 'Turnout is 71%.');
    const other = parsed(
      2,
      'other',
      'A newspaper closes.',
      'Its last edition sells out.',
      "1. [Candidates win Hong Kong's councils. ](/news/2015/09/1/council.md) _Context: Hong Kong_\n",
    );
    expect(displayTitles(linkCorpus([council, other]).events)).toEqual([
      "Pro-democracy candidates win Hong Kong's councils.",
      'A newspaper closes.',
    ]);
  });

  it('after events come and go, as a build session has them, gives the titles a fresh count does', async () => {
    const title = parsed(1, 'council', 'Pro-democracy candidates win Hong Kong-s councils.', 'Turnout is 71%.');
    const voter = (day: number, spelled: string) =>
      parsed(
        day,
        `voter-${day}`,
        `Paper ${day} closes.`,
        'Its last edition sells out.',
        `1. [${spelled} vote. ](/news/2015/09/1/council.md) _Context: Hong Kong_\n`,
      );
    const [straight, curly, curly2] = [voter(2, "Hong Kong's"), voter(3, 'Hong Kong’s'), voter(4, 'Hong Kong’s')];
    const [c10, c11, c12, c13] = [10, 11, 12, 13].map((day) => voter(day, 'Hong Kong’s'));
    const [s14, s15, s16] = [14, 15, 16].map((day) => voter(day, "Hong Kong's"));
    // A tie (first seen wins), a majority, the majority's events gone, the first-seen one gone,
    // back: a spelling that comes back earlier in the corpus wins the tie again; then as many
    // events as before, shifted, and the majority turns.
    const corpora = [
      [title, straight, curly],
      [title, straight, curly, curly2],
      [title, straight],
      [title, curly],
      [title, straight, curly],
      [title, c10, c11, c12, c13, s14],
      [title, c12, c13, s14, s15, s16],
    ];
    for (const events of corpora) {
      const linked = linkCorpus(events).events;
      const session = displayTitles(linked);
      vi.resetModules();
      const fresh = (await import('../../src/compiler/display-titles.ts')).displayTitles;
      expect(session).toEqual(fresh(linked));
    }
    expect(displayTitles(linkCorpus(corpora[1]).events)[0]).toBe('Pro-democracy candidates win Hong Kong’s councils.');
  });
});
