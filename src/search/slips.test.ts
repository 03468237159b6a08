import { describe, expect, it } from 'vitest';
import { allowedSlips, likeliestWord, neighbouringKeys, slipCost } from './slips.ts';

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
