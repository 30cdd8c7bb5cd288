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

/** An event with one related entry, to `target` (outside the corpus by default), of these contexts. */
function linking(day: number, slug: string, title: string, body: string, contexts: string, target = '2015/09/9/x') {
  return parsedFile(day, slug, title, body, `1. [Other. ](/news/${target}.md) _Context: ${contexts}_`);
}

describe('tagLabels', () => {
  it('labels a folded tag name as another tag spells the same name, and leaves the name alone', () => {
    const labels = labelled([
      parsedFile(3, 'clashes', 'Turkey-PKK conflict: Clashes kill soldiers.', 'Soldiers die.'),
      linking(4, 'march', 'A march.', 'People march.', 'Turkey–PKK conflict', '2015/09/3/clashes'),
    ]);
    expect(labels).toEqual({ 'Turkey-PKK conflict': 'Turkey–PKK conflict' });
  });

  it('labels a tag as its events’ bodies and related entries spell its words', () => {
    const labels = labelled([
      parsedFile(3, 'igdir', 'Clashes in Igd-r: Soldiers die.', 'Twelve soldiers die near Iğdır.'),
      linking(4, 'sao', 'Sao Paulo: Floods.', 'Rain floods São Paulo.', 'Mexico'),
    ]);
    expect(labels).toEqual({ 'Clashes in Igd-r': 'Clashes in Iğdır', 'Sao Paulo': 'São Paulo' });
  });

  it('spells a word the folding marked as the corpus does, a plain word only from the tag’s own events', () => {
    const labels = labelled([
      linking(3, 'hk', 'A march.', 'Police watch.', 'Hong Kong-s protests, Mexico'),
      parsedFile(4, 'news', 'Hong Kong’s lawmakers vote.', 'In México City, Hong Kong’s lawmakers vote.'),
    ]);
    expect(labels).toEqual({ 'Hong Kong-s protests': 'Hong Kong’s protests' });
  });
});
