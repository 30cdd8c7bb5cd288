import { describe, expect, it } from 'vitest';
import { foldAsUpstream, repeatsHeadline, spellingsOf, unfoldTitle, unfoldedWords } from '../../src/bundle/unfold.ts';

const own = (text: string) => spellingsOf(unfoldedWords(text));

describe('foldAsUpstream', () => {
  it('drops accents and writes any other character outside ASCII, and apostrophes, as "-"', () => {
    const words = ['Sheriff’s', 'Iğdır', '86°F', 'Jerónimos', "Kong's", '2014–present'];
    expect(words.map(foldAsUpstream).join(' ')).toBe('Sheriff-s Igd-r 86-F Jeronimos Kong-s 2014-present');
  });
});

describe('unfoldedWords', () => {
  it('lists each word the folding changes once, in order, cut at any whitespace', () => {
    const text = "In Iğdır’s\u00a0“old” town,\n Kong's café\u2009and Iğdır’s (Jerónimos) plain words";
    expect(unfoldedWords(text)).toEqual(['Iğdır’s', "Kong's", 'café', 'Jerónimos']);
    expect(unfoldedWords('Only plain words here.')).toEqual([]);
  });
});

describe('unfoldTitle', () => {
  it('restores the characters the upstream ASCII folding replaced, from the body', () => {
    const body = 'The Sheriff’s office in Iğdır says it was 86°F on Saturday (Egypt’s time).';
    expect(unfoldTitle('Sheriff-s office in Igd-r reports 86-F, says Egypt-s ministry', own(body))).toBe(
      'Sheriff’s office in Iğdır reports 86°F, says Egypt’s ministry',
    );
  });

  it('keeps words the body does not hold, and plain words as they are', () => {
    expect(unfoldTitle('Iraqi Civil War (2014-present): talks resume', own('Talks resume in Geneva.'))).toBe(
      'Iraqi Civil War (2014-present): talks resume',
    );
    expect(unfoldTitle('Iraqi Civil War (2014-present): x', own('Since 2014–present'))).toBe(
      'Iraqi Civil War (2014–present): x',
    );
  });

  it('never turns a word into one the folding could not have made from it', () => {
    const body = 'The U.S.-led coalition, Port-au-Prince, Kim Jong Un and the Igdir road.';
    for (const title of ['US-led strikes', 'Aid reaches Port-au-Prince', 'Kim Jong-un visits', 'igd-r pass'])
      expect(unfoldTitle(title, own(body), own('Iğdır’s'))).toBe(title);
  });

  it('takes a word marked by the folding from the corpus, but a plain word only from the event', () => {
    const corpus = own("Hong Kong's council · visit to México");
    expect(unfoldTitle('Hong Kong-s council meets in Mexico', new Map(), corpus)).toBe(
      "Hong Kong's council meets in Mexico",
    );
    expect(unfoldTitle('Leaders meet in Mexico', own('The summit in México City.'))).toBe('Leaders meet in México');
  });
});

describe('repeatsHeadline', () => {
  it('is true when the body says only what the headline says, up to folding and punctuation', () => {
    expect(repeatsHeadline('Iraq’s army retakes Ramadi.', 'Iraq-s army retakes Ramadi')).toBe(true);
    expect(repeatsHeadline('Iraq’s army retakes Ramadi. Officials say more.', 'Iraq-s army retakes Ramadi')).toBe(
      false,
    );
    expect(repeatsHeadline('', 'Anything')).toBe(false);
  });
});
