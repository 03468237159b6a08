import { describe, expect, it } from 'vitest';
import {
  allowedSlips,
  isStopWord,
  likeliestWord,
  neighbouringKeys,
  normaliseText,
  pageWords,
  queryWords,
  slipCost,
  words,
} from './words.ts';

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
  it("keeps a query's compounds and contractions whole, drops possessives, folds case", () => {
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

  it("splits the guide's text at hyphens and punctuation, keeping other scripts' letters", () => {
    expect(words('Self-Care: “omega-3” isn’t 7-8 hours, café')).toEqual([
      'self',
      'care',
      'omega',
      '3',
      'isn',
      't',
      '7',
      '8',
      'hours',
      'café',
    ]);
  });

  it('counts page words as Pagefind does, at white space only', () => {
    expect(pageWords('Deep tissue massage. It helps')).toEqual(['Deep', 'tissue', 'massage.', 'It', 'helps']);
  });
});

describe('stop words', () => {
  it('include the maintained list, its contractions as phones type them, and single letters', () => {
    for (const word of ['what', 'is', "don't", 'dont', 'im', 'a', 'i']) expect(isStopWord(word), word).toBe(true);
  });

  it('leave out words of time and words with meaning', () => {
    for (const word of ['before', 'after', 'during', 'massage', 'sleep']) expect(isStopWord(word), word).toBe(false);
  });
});

describe('slips of the keyboard', () => {
  it('knows which keys are neighbours on a QWERTY keyboard', () => {
    expect(neighbouringKeys('s', 'a')).toBe(true);
    expect(neighbouringKeys('s', 'e')).toBe(true);
    expect(neighbouringKeys('s', 'p')).toBe(false);
  });

  it('costs the slips people make half an edit: a neighbouring key, a doubled or dropped letter, a swap', () => {
    expect(slipCost('massage', 'massage')).toBe(0);
    expect(slipCost('masage', 'massage')).toBe(0.5);
    expect(slipCost('theraapist', 'therapist')).toBe(0.5);
    expect(slipCost('massgae', 'massage')).toBe(0.5);
    expect(slipCost('massafe', 'massage')).toBe(0.5);
    expect(slipCost('massope', 'massage')).toBe(2);
  });

  it('allows more slips in longer words', () => {
    expect([
      allowedSlips('sore'),
      allowedSlips('masage'),
      allowedSlips('meditaton'),
      allowedSlips('excercises'),
    ]).toEqual([1, 2, 3, 3]);
  });
});

describe('likeliestWord', () => {
  const vocabulary = new Map([
    ['massage', 60],
    ['manage', 4],
    ['message', 1],
    ['stretching', 3],
    ['strength', 2],
    ['sciatica', 2],
    ['most', 5],
  ]);

  it('takes the cheapest slip: "masage" is massage, not manage', () => {
    expect(likeliestWord('masage', vocabulary)).toBe('massage');
    expect(likeliestWord('streching', vocabulary)).toBe('stretching');
    expect(likeliestWord('sciatika', vocabulary)).toBe('sciatica');
  });

  it('prefers the word the guide uses most when slips cost the same', () => {
    expect(likeliestWord('mossage', vocabulary)).toBe('massage');
  });

  it('never suggests a stop word, and suggests nothing when nothing is close', () => {
    expect(likeliestWord('mist', new Map([['most', 9]]))).toBeUndefined();
    expect(likeliestWord('pregnancy', vocabulary)).toBeUndefined();
  });
});
