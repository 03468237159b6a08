import { describe, expect, it } from 'vitest';
import { TINY_LEXICON, tinySources } from '../../../tests/support/tiny-guide.ts';
import { bundleSources } from './sources.ts';

describe('bundleSources', () => {
  it('fetches the search file once, asking for a fresh copy, and refuses a file of another format', async () => {
    const asked: [string, boolean][] = [];
    const sources = bundleSources(async (name, fresh) => {
      asked.push([name, fresh]);
      return { version: 0 };
    }, 'guide.json');
    await expect(sources.data()).rejects.toThrow(/Not a search file/);
    expect(asked).toEqual([['guide.json', true]]);
  });

  it('looks a word up in its shard, fetching each shard once', async () => {
    const sources = tinySources();
    expect(await sources.entry('gym')).toEqual(TINY_LEXICON['gym']);
    expect(await sources.entry('gym')).toEqual(TINY_LEXICON['gym']);
    expect(sources.fetched.filter((name) => name.startsWith('lexicon/'))).toHaveLength(1);
    expect(await sources.entry('zebra')).toBeUndefined();
  });

  it('tries a file again after a failed fetch (offline, say)', async () => {
    let online = false;
    const sources = bundleSources(async () => {
      if (!online) throw new Error('offline');
      return tinySources().data();
    }, 'guide.json');
    await expect(sources.data()).rejects.toThrow(/offline/);
    online = true;
    expect((await sources.data()).pages.length).toBeGreaterThan(0);
  });
});
