import { describe, expect, it } from 'vitest';
import { TINY_LEXICON, TINY_PAGES, TINY_PARAMETERS } from '../../tests/support/tiny-guide.ts';
import { aboutness, coverageOf, notCovered, pageShare } from './coverage.ts';
import { indexGuide } from './guide-index.ts';
import type { Parameters } from './parameters.ts';
import { understand } from './understand.ts';

const index = indexGuide(TINY_PAGES);
const parameters: Parameters = {
  ...TINY_PARAMETERS,
  minProbability: 0.3,
  widenInfo: 0,
  coveredProbability: 0.7,
  specificInfo: 30,
  generalShare: 0.6,
  healthWeight: 30,
  aboutThreshold: 50,
  everydayInfo: 60,
};
const read = (query: string) => understand(query, index, async (key) => TINY_LEXICON[key], parameters);
const decide = async (query: string, with_: Partial<Parameters> = {}) =>
  notCovered(index, await read(query), { ...parameters, ...with_ });

describe('coverage of a concept', () => {
  it('is the similarity of its likeliest reading the guide holds, and its share of pages as the reader wrote it', async () => {
    const [jogging, kettle, ibuprofen] = await read('jogging kettle ibuprofen');
    expect(coverageOf(index, jogging!)).toBe(0.85);
    expect(coverageOf(index, kettle!)).toBe(1);
    expect(coverageOf(index, ibuprofen!)).toBe(0);
    expect(pageShare(index, kettle!)).toBe(1);
    expect(pageShare(index, jogging!)).toBe(0);
  });
});

describe('a question the guide does not cover', () => {
  it('is one about an absent health matter, named when it is no everyday word, with the health flag', async () => {
    expect(await decide('ibuprofen for a kettle burn')).toEqual({ words: ['ibuprofen'], health: true });
  });

  it('is one about any absent word when nothing specific the guide has is asked too, its general topic aside', async () => {
    expect(await decide('kettle price', { aboutThreshold: 30, everydayInfo: 30 })).toEqual({
      words: ['price'],
      health: false,
    });
    expect(await decide('kettle price')).toBeUndefined();
    // An everyday word is never named, though the question is still outside the guide.
    expect(await decide('kettle price', { aboutThreshold: 30 })).toEqual({ words: [], health: false });
  });

  it('names no word read through its dictionary form: how common the word itself is, the lexicon does not say', async () => {
    expect(await decide('ibuprofens for a kettle burn')).toEqual({ words: [], health: true });
  });

  it('is never one whose words the guide carries: its own, or through the lexicon', async () => {
    expect(await decide('can i go jogging after descaling')).toBeUndefined();
    expect(await decide('actually please vinegar')).toBeUndefined();
  });

  it('is not one where something specific the guide has tells as much as the absent word', async () => {
    const concepts = await read('limescale price');
    const scores = aboutness(index, concepts, parameters);
    expect(scores[0]).toBe(-Infinity);
    expect(scores[1]).toBe(40 - 80);
    expect(notCovered(index, concepts, parameters)).toBeUndefined();
  });
});
