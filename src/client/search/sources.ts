/**
 * Where the browser's search gets its data: the search file and the lexicon's shards, from the search bundle. Each
 * file is fetched once, when a query first needs it; a failed fetch (offline, say) is tried again next time.
 */
import { shardOf, shardReader, type LexiconEntry, type Shard } from '../../search/lexicon.ts';
import { parseSearchData } from '../../search/search-data.ts';
import type { SearchSources } from '../../search/search.ts';

/** Search sources over a search bundle: `json(name, fresh)` fetches one of its files; `fresh` for the search file. */
export function bundleSources(
  json: (name: string, fresh: boolean) => Promise<unknown>,
  searchFile: string,
): SearchSources {
  const files = new Map<string, Promise<unknown>>();
  const file = (name: string, fresh = false): Promise<unknown> => {
    let found = files.get(name);
    if (!found) {
      found = json(name, fresh);
      found.catch(() => files.delete(name));
      files.set(name, found);
    }
    return found;
  };
  const data = () => file(searchFile, true).then(parseSearchData);
  const readers = new Map<string, Promise<(key: string) => LexiconEntry | undefined>>();
  return {
    data,
    entry: async (key) => {
      const { lexicon } = await data();
      const name = `${lexicon.path}${shardOf(key, lexicon.shards)}.json`;
      let reader = readers.get(name);
      if (!reader) {
        reader = (file(name) as Promise<Shard>).then(shardReader);
        reader.catch(() => readers.delete(name));
        readers.set(name, reader);
      }
      return (await reader)(key);
    },
  };
}
