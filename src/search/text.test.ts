import { describe, expect, it } from 'vitest';
import { dictionaryForms, isStopWord, normaliseText, pageWords, parts, stem, termsOf, tokens, words } from './text.ts';

describe('normaliseText', () => {
  it('folds full-width letters, and removes zero-width, soft-hyphen and bidi control characters', () => {
    expect(normaliseText('ｓｔｒｅｓｓ')).toBe('stress');
    expect(normaliseText('str\u200bess mana\u00adgement')).toBe('stress management');
    expect(normaliseText('\u202estress\u202c')).toBe('stress');
  });

  it('makes typographic apostrophes and dashes plain and collapses white space', () => {
    expect(normaliseText('what’s  the   best\u2011way')).toBe("what's the best-way");
  });
});

describe('words', () => {
  it("keeps a query's written tokens whole, drops possessives, folds case", () => {
    expect(tokens('Self-Care, omega-3 and the body’s “fight”: DON’T')).toEqual([
      'self-care',
      'omega-3',
      'and',
      'the',
      'body',
      'fight',
      "don't",
    ]);
  });

  it('splits a token into its parts at hyphens, apostrophes and punctuation', () => {
    expect(parts('“Self-Care,”')).toEqual(['self', 'care']);
    expect(words('omega-3 isn’t 7-8 hours, café')).toEqual(['omega', '3', 'isn', 't', '7', '8', 'hours', 'café']);
  });

  it('counts page words at white space only', () => {
    expect(pageWords(' Deep tissue massage.  It helps ')).toEqual(['Deep', 'tissue', 'massage.', 'It', 'helps']);
  });
});

describe('stems', () => {
  it('are Snowball English (Porter2): forms of a word share one, different words do not', () => {
    expect(stem('stretching')).toBe(stem('stretches'));
    expect(stem('relaxation')).toBe(stem('relaxing'));
    expect(stem('strength')).not.toBe(stem('stretch'));
    expect(stem('omega3')).toBe('omega3');
  });

  it('read a written compound as its parts and as one word', () => {
    expect(termsOf('self-care')).toEqual({ parts: ['self', 'care'], joined: 'selfcar' });
    expect(termsOf('Massages,')).toEqual({ parts: ['massag'] });
  });
});

describe('stop words', () => {
  it('include the maintained list, its contractions as phones type them, and single letters', () => {
    expect(['the', 'what', "don't", 'dont', 'i', 'a'].every(isStopWord)).toBe(true);
    expect(['massage', 'after', 'stress'].filter(isStopWord)).toEqual(['after']);
  });
});

describe('dictionaryForms', () => {
  it("gives an inflected word's candidate dictionary forms by WordNet's detachment rules", () => {
    expect(dictionaryForms('migraines')).toEqual(['migraine', 'migrain']);
    expect(dictionaryForms('aches')).toEqual(['ache', 'ach']);
    expect(dictionaryForms('stretches')).toEqual(['stretche', 'stretch']);
    expect(dictionaryForms('slouching')).toEqual(['slouche', 'slouch']);
    expect(dictionaryForms('injuries')).toContain('injury');
  });

  it('leaves short words and words with no inflection alone', () => {
    expect(dictionaryForms('gas')).toEqual([]);
    expect(dictionaryForms('massage')).toEqual([]);
  });
});
