import { describe, expect, it } from 'vitest';
import { linkCorpus } from '../../src/compiler/link.ts';
import { buildTables } from '../../src/compiler/tables.ts';
import { tagLabels } from '../../src/compiler/tag-labels.ts';
import { parsedFile } from '../support/parsed-file.ts';

/** Each tag name with its label, for the tags that have one. */
function labelled(files: Parameters<typeof linkCorpus>[0]): Record<string, string> {
  const { events } = linkCorpus(files);
  const { tagNames } = buildTables(events);
  const labels = tagLabels(tagNames, events);
  return Object.fromEntries(tagNames.flatMap((name, id) => (labels[id] ? [[name, labels[id]]] : [])));
}

describe('tagLabels', () => {
  it('labels a folded tag name as another tag spells the same name, and leaves the name alone', () => {
    const labels = labelled([
      parsedFile(3, 'clashes', 'Turkey-PKK conflict: Clashes kill soldiers.', 'Soldiers die.'),
      parsedFile(
        4,
        'march',
        'A march.',
        'People march.',
        '1. [Clashes. ](/news/2015/09/3/clashes.md) _Context: Turkey–PKK conflict_',
      ),
    ]);
    expect(labels).toEqual({ 'Turkey-PKK conflict': 'Turkey–PKK conflict' });
  });

  it('labels a tag as its events’ bodies and related entries spell its words', () => {
    const labels = labelled([
      parsedFile(3, 'igdir', 'Clashes in Igd-r: Soldiers die.', 'Twelve soldiers die near Iğdır.'),
      parsedFile(
        4,
        'sao',
        'Sao Paulo: Floods.',
        'Rain floods São Paulo.',
        '1. [Other. ](/news/2015/09/9/x.md) _Context: Mexico_',
      ),
    ]);
    expect(labels).toEqual({ 'Clashes in Igd-r': 'Clashes in Iğdır', 'Sao Paulo': 'São Paulo' });
  });

  it('spells a word the folding marked as the corpus does, a plain word only from the tag’s own events', () => {
    const labels = labelled([
      parsedFile(
        3,
        'hk',
        'A march.',
        'Police watch.',
        '1. [Other. ](/news/2015/09/9/x.md) _Context: Hong Kong-s protests, Mexico_',
      ),
      parsedFile(4, 'news', 'Hong Kong’s lawmakers vote.', 'In México City, Hong Kong’s lawmakers vote.'),
    ]);
    expect(labels).toEqual({ 'Hong Kong-s protests': 'Hong Kong’s protests' });
  });
});
