import { describe, expect, it } from 'vitest';
import { TINY_LEXICON, TINY_PAGES, TINY_PARAMETERS } from '../../tests/support/tiny-guide.ts';
import { indexGuide } from './guide-index.ts';
import type { Parameters } from './parameters.ts';
import { fieldMatch, rank } from './rank.ts';
import { understand } from './understand.ts';

const index = indexGuide(TINY_PAGES);
const parameters: Parameters = {
  ...TINY_PARAMETERS,
  minProbability: 0.3,
  widenInfo: 0,
  similarityPower: 1,
  targetInfoPower: 0,
};
async function ranked(query: string, with_: Partial<Parameters> = {}) {
  const all = { ...parameters, ...with_ };
  const concepts = await understand(query, index, async (key) => TINY_LEXICON[key], all);
  return rank(index, concepts, all).map(({ page, passage, score }) => ({
    url: index.pages[page]!.url,
    passage: index.words[page]!.slice(index.passages[passage]!.start, index.passages[passage]!.end).join(' '),
    score,
  }));
}

describe('ranking', () => {
  it('puts first the section whose passage answers the words the reader used, or the guide words for them', async () => {
    const [first] = await ranked('vinegar overnight');
    expect(first).toMatchObject({ url: '/descaling/', passage: 'Soak it in white vinegar overnight.' });
    const [gym] = await ranked('gym');
    expect(gym).toMatchObject({ url: '/self-care/', passage: 'Avoid strenuous activities while the water boils.' });
  });

  it('counts rare words more than words every section has, and leaves out sections that match nothing', async () => {
    const found = await ranked('kettle limescale');
    expect(found[0]!.url).toBe('/descaling/');
    expect((await ranked('limescale')).map(({ url }) => url)).toEqual(['/descaling/']);
    expect(await ranked('zebra')).toEqual([]);
  });

  it('counts a section whose title, description or keywords name the concept, by the fitted weights', async () => {
    const none = { titleWeight: 0, descriptionWeight: 0, keywordWeight: 0 };
    expect((await ranked('decalcify', none)).map(({ url }) => url)).toEqual([]);
    expect((await ranked('decalcify', { ...none, keywordWeight: 1 })).map(({ url }) => url)).toEqual(['/descaling/']);
    const concept = (await understand('owners', index, async () => undefined, parameters))[0]!;
    expect(fieldMatch(index.titleTerms[2]!, concept)).toBe(1);
    expect(fieldMatch(index.titleTerms[1]!, concept)).toBe(0);
  });

  it('keeps the reading order between equal scores', async () => {
    const found = await ranked('care', { titleWeight: 0, descriptionWeight: 0, pageWeight: 0 });
    expect(found.map(({ url }) => url)).toEqual(['/', '/self-care/']);
  });
});
