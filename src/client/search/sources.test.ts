import { describe, expect, it } from 'vitest';
import { encodeShard, shardOf, type LexiconEntry } from './lexicon.ts';
import type { Pagefind } from './search.ts';
import { bundleSources } from './sources.ts';

const gym: LexiconEntry = { info: 6, health: false, dictionary: true, targets: [['exercise', 90]] };
const shards = 4;
/** A search bundle in memory: the entry file, the word list and the lexicon's shards. */
const files: Record<string, unknown> = {
  'pagefind-entry.json': {
    languages: { en: { page_count: 12 } },
    guide: { vocabulary: 'vocabulary.abc.json', lexicon: { path: 'lexicon/abc/', shards } },
  },
  'vocabulary.abc.json': ['massage', 'pain', 'stretching'],
  [`lexicon/abc/${shardOf('gym', shards)}.json`]: encodeShard([['gym', gym]]),
};

describe('bundleSources', () => {
  const fetched: string[] = [];
  const sources = bundleSources(
    async (name) => {
      fetched.push(name);
      if (!(name in files)) throw new Error(`404 ${name}`);
      return structuredClone(files[name]);
    },
    async () => ({}) as Pagefind,
  );

  it("reads the page count from Pagefind's entry file", async () => {
    expect(await sources.pageCount()).toBe(12);
  });

  it('looks a word up in its shard, fetching each shard once', async () => {
    expect(await sources.entry('gym')).toEqual(gym);
    expect(await sources.entry('gym')).toEqual(gym);
    expect(fetched.filter((name) => name.startsWith('lexicon/'))).toHaveLength(1);
  });

  it('gives the word list for corrections with the commonest words counting most', async () => {
    const vocabulary = await sources.vocabulary();
    expect([...vocabulary.keys()]).toEqual(['massage', 'pain', 'stretching']);
    expect(vocabulary.get('massage')).toBeGreaterThan(vocabulary.get('stretching')!);
  });

  it('tries a shard again after a failed fetch (offline, say)', async () => {
    const word = ['sleep', 'posture', 'pillow', 'cost'].find(
      (candidate) => shardOf(candidate, shards) !== shardOf('gym', shards),
    )!;
    await expect(sources.entry(word)).rejects.toThrow(/404/);
    await expect(sources.entry(word)).rejects.toThrow(/404/);
    expect(fetched.filter((name) => name === `lexicon/abc/${shardOf(word, shards)}.json`)).toHaveLength(2);
  });
});
