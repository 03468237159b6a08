import { describe, expect, it } from 'vitest';
import { isStopWord, lookupForms, meaningfulWords, normaliseText, queryWords, typedConcept } from './understand';

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

describe('queryWords', () => {
  it('keeps compounds and contractions whole, drops possessives, folds case', () => {
    expect(queryWords('Self-Care, omega-3 and the body’s “fight”: DON’T')).toEqual([
      'self-care',
      'omega-3',
      'and',
      'the',
      'body',
      'fight',
      "don't",
    ]);
  });
});

describe('meaningfulWords', () => {
  it('drops question words, auxiliaries, pronouns and filler from a maintained list', () => {
    expect(meaningfulWords('am I supposed to feel sore the next day')).toEqual([
      'supposed',
      'feel',
      'sore',
      'next',
      'day',
    ]);
    expect(meaningfulWords('Why does stress make my back hurt?')).toEqual(['stress', 'make', 'back', 'hurt']);
  });

  it('keeps the words of time, which matter in a guide about before and after treatment', () => {
    expect(meaningfulWords('what to do after the massage')).toEqual(['after', 'massage']);
    expect(isStopWord('after')).toBe(false);
  });

  it('keeps every word of a query made only of stop words', () => {
    expect(meaningfulWords('what is it')).toEqual(['what', 'is', 'it']);
  });
});

describe('concepts', () => {
  it('count a word of time for less', () => {
    expect(typedConcept('massage')).toEqual({ word: 'massage', alternatives: ['massage'], source: 'typed', weight: 1 });
    expect(typedConcept('before').weight).toBe(0.5);
  });

  it('are looked up in the thesaurus under singular forms too', () => {
    expect(lookupForms('injuries')).toEqual(['injuries', 'injury', 'injuri', 'injurie']);
    expect(lookupForms('stress')).toEqual(['stress']);
  });
});
