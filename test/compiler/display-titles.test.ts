import { describe, expect, it } from 'vitest';
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
});
