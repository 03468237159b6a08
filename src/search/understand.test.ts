import { describe, expect, it } from 'vitest';
import { TINY_LEXICON, TINY_PAGES, TINY_PARAMETERS } from '../../tests/support/tiny-guide.ts';
import { indexGuide } from './guide-index.ts';
import type { Parameters } from './parameters.ts';
import { stem } from './text.ts';
import { splitCompound, understand } from './understand.ts';

const index = indexGuide(TINY_PAGES, { rest: 30, 'strenuous activities': 80, limescale: 80 });
const lookup = async (key: string) => TINY_LEXICON[key];
const parameters: Parameters = {
  ...TINY_PARAMETERS,
  minProbability: 0.3,
  widenInfo: 0,
  similarityPower: 1,
  targetInfoPower: 0,
};
const read = (query: string, with_: Partial<Parameters> = {}) =>
  understand(query, index, lookup, { ...parameters, ...with_ });

describe('understanding a query', () => {
  it("keeps the reader's own word when the guide has it, and widens a word it lacks to the guide's words for it", async () => {
    const [vinegar, gym] = await read('vinegar gym');
    expect(vinegar!.alternatives).toEqual([
      { terms: [stem('vinegar')], shown: 'vinegar', similarity: 1, probability: 1, own: true },
    ]);
    expect(gym!.alternatives.map(({ shown, similarity, own }) => [shown, similarity, own])).toEqual([
      ['strenuous activities', 0.8, false],
      ['rest', 0.4, false],
    ]);
    expect(gym!.alternatives[0]!.terms).toEqual([stem('strenuous'), stem('activities')]);
  });

  it('weighs translations by the fitted powers, and drops those too improbable to help', async () => {
    const [gym] = await read('gym', { similarityPower: 2, targetInfoPower: 1, minProbability: 0.2 });
    expect(gym!.alternatives.map(({ shown, probability }) => [shown, +probability.toFixed(3)])).toEqual([
      ['strenuous activities', +(0.64 * (80 / 99)).toFixed(3)],
    ]);
    // Words telling less than widenInfo are not widened at all.
    const [really] = await read('really', { widenInfo: 20 });
    expect(really!.alternatives).toEqual([]);
  });

  it('reads two words the guide writes as one, and a compound typed as one word, as the guide writes them', async () => {
    const [selfCare] = await read('self care');
    expect(selfCare!.text).toBe('self care');
    expect(selfCare!.alternatives[0]!.terms).toEqual([stem('selfcare')]);
    const [whiteVinegar] = await read('whitevinegar');
    expect(whiteVinegar!.alternatives[0]).toMatchObject({ terms: [stem('white'), stem('vinegar')], own: true });
    expect(splitCompound('kettledescaling', index)).toEqual(['kettle', 'descaling']);
    expect(splitCompound('tea', index)).toBeUndefined();
    // Three words, and forms of the guide's words (kettle, boils, vinegar), not only the forms it writes.
    expect(splitCompound('whitevinegarkettle', index)).toEqual(['white', 'vinegar', 'kettle']);
    expect(splitCompound('kettleboil', index)).toEqual(['kettle', 'boil']);
    expect(splitCompound('kettleteapot', index)).toBeUndefined();
  });

  it('reads a word the lexicon keeps only in its dictionary form as that form (gyms as gym)', async () => {
    const [gyms] = await read('gyms');
    const [gym] = await read('gym');
    expect(gyms!.alternatives).toEqual(gym!.alternatives);
    expect([gyms!.info, gyms!.dictionary]).toEqual([gym!.info, true]);
  });

  it('takes a phrase the lexicon maps, the longest first', async () => {
    const [phrase] = await read('furred up kettle');
    expect(phrase!.text).toBe('furred up');
    expect(phrase!.alternatives[0]!.shown).toBe('limescale');
  });

  it('corrects a string neither the guide nor English knows, never a real word', async () => {
    const [slip] = await read('vinagar');
    expect(slip!.correction).toBe('vinegar');
    const [ibuprofen] = await read('ibuprofen');
    expect(ibuprofen!.correction).toBeUndefined();
    expect(ibuprofen!.health).toBe(true);
  });

  it('weighs a word by how much it tells (stop words by the fitted share), and marks numbers', async () => {
    const [the, limescale, number] = await read('the limescale 24', { infoPower: 1, stopWeight: 0.5 });
    expect(the!.stop).toBe(true);
    expect(the!.weight).toBeCloseTo((1 / 99) * 0.5);
    expect(limescale!.weight).toBeCloseTo(80 / 99);
    expect(number!.number).toBe(true);
  });
});
