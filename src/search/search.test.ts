import { describe, expect, it } from 'vitest';
import { tinyData, tinySources, TINY_PARAMETERS } from '../../tests/support/tiny-guide.ts';
import type { Parameters } from './parameters.ts';
import { guideIndex, runSearch } from './search.ts';

const parameters: Parameters = {
  ...TINY_PARAMETERS,
  minProbability: 0.3,
  widenInfo: 0,
  listShare: 0.5,
  coveredProbability: 0.7,
  healthWeight: 30,
  aboutThreshold: 50,
};
const paths = (hits: { href: string }[]) => hits.map(({ href }) => new URL(href, 'https://site').pathname);

describe('searching', () => {
  it('lists the sections near the best, up to the limit, and says how many there are', async () => {
    const outcome = await runSearch('kettle', 1, tinySources(), { ...parameters, listShare: 0 });
    expect(outcome.hits).toHaveLength(1);
    expect(outcome.total).toBe(3);
    const near = await runSearch('vinegar water', 5, tinySources(), parameters);
    expect(paths(near.hits)[0]).toBe('/descaling/');
    expect(near.total).toBe(near.hits.length);
  });

  it('reads slips as the guide words meant, and says so', async () => {
    const outcome = await runSearch('Vinagar', 5, tinySources(), parameters);
    expect(outcome.suggestion).toBe('vinegar');
    expect(paths(outcome.hits)).toEqual(['/descaling/']);
  });

  it('lists nothing for a question the guide does not cover, and says why', async () => {
    const outcome = await runSearch('ibuprofen for a kettle burn', 5, tinySources(), parameters);
    expect(outcome.notCovered).toEqual({ words: ['ibuprofen'], health: true });
    expect(outcome.hits).toEqual([]);
  });

  it('loads the search file once and only the shards of the words it looks up; a lost shard reads as an unknown word', async () => {
    const sources = tinySources();
    await runSearch('gym', 5, sources, parameters);
    await runSearch('gym', 5, sources, parameters);
    expect(sources.fetched.filter((name) => name === 'guide.json')).toHaveLength(1);
    expect(sources.fetched.filter((name) => name.startsWith('lexicon/'))).toHaveLength(1);
    const offline = { ...tinySources(), entry: () => Promise.reject(new Error('offline')) };
    expect(paths((await runSearch('vinegar', 5, offline, parameters)).hits)).toEqual(['/descaling/']);
  });

  it('builds the index of a search file once', () => {
    const data = tinyData();
    expect(guideIndex(data)).toBe(guideIndex(data));
  });
});
