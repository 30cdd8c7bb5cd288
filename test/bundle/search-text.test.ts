import { describe, expect, it } from 'vitest';
import { fold, tokenize, wordSpans } from '../../src/bundle/search-text.ts';

describe('fold', () => {
  it('lowercases and removes accents, so accented and plain spellings meet', () => {
    expect(fold('Diendéré')).toBe('diendere');
    expect(fold('MÜNCHEN')).toBe('munchen');
    expect(fold('São Tomé')).toBe('sao tome');
  });

  it('spells out letters that have no combining accent', () => {
    expect(fold('Straße')).toBe('strasse');
    expect(fold('Øresund Łódź')).toBe('oresund lodz');
  });
});

describe('tokenize', () => {
  it('splits on anything but letters and digits, keeping repeats in order', () => {
    expect(tokenize('Hewlett-Packard: HP, and HP again (2014-present).')).toEqual([
      'hewlett',
      'packard',
      'hp',
      'and',
      'hp',
      'again',
      '2014',
      'present',
    ]);
  });

  it('keeps non-Latin scripts as words', () => {
    expect(tokenize('Путин в Москве')).toEqual(['путин', 'в', 'москве']);
  });

  it('cuts very long runs to 24 characters', () => {
    expect(tokenize('a'.repeat(40))).toEqual(['a'.repeat(24)]);
  });
});

describe('wordSpans', () => {
  it('gives each word its place in the original text and its folded term', () => {
    const text = 'Gilbert Diendéré, in Ouagadougou';
    expect(wordSpans(text).map(({ start, end, term }) => [text.slice(start, end), term])).toEqual([
      ['Gilbert', 'gilbert'],
      ['Diendéré', 'diendere'],
      ['in', 'in'],
      ['Ouagadougou', 'ouagadougou'],
    ]);
  });

  it('keeps positions right when a decomposed accent precedes the word', () => {
    const text = 'Cafe\u0301 Zürich';
    const spans = wordSpans(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Cafe\u0301', 'Zürich']);
    expect(spans.map((s) => s.term)).toEqual(['cafe', 'zurich']);
  });
});
