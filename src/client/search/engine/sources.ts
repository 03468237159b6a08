/**
 * Where a search gets its data: Pagefind, and the guide's own files beside it in the search bundle (the word list for
 * "Did you mean" and the lexicon's shards, named in Pagefind's entry file). Each file is fetched once, when a query
 * first needs it. The same code serves the browser, `astro dev` and the build-output tests; only how a file is
 * fetched differs.
 */
import type { LexiconEntry, LexiconIndex, Shard } from './lexicon';
import { shardOf, shardReader } from './lexicon';
import type { Pagefind, SearchSources } from './search';

/** What the guide adds to Pagefind's entry file (`pagefind-entry.json`), under `guide`. */
export interface GuideEntry {
  /** The word list for "Did you mean", the guide's commonest words first, named after its content. */
  vocabulary: string;
  lexicon: LexiconIndex;
}

/** Where the guide's files go inside the search bundle. */
export const GUIDE_FILES = { vocabulary: 'vocabulary.', lexicon: 'lexicon/' } as const;

/** The parts of Pagefind's entry file search reads. */
interface EntryFile {
  languages: Record<string, { page_count: number }>;
  guide: GuideEntry;
}

/**
 * Search sources over a search bundle: `json(name)` fetches one of its files (a path inside the bundle), `pagefind`
 * loads and configures Pagefind once.
 */
export function bundleSources(
  json: (name: string) => Promise<unknown>,
  pagefind: () => Promise<Pagefind>,
): SearchSources {
  const files = new Map<string, Promise<unknown>>();
  const file = <T>(name: string): Promise<T> => {
    let found = files.get(name);
    if (!found) {
      found = json(name);
      // A failed fetch (offline, say) is tried again next time rather than remembered.
      found.catch(() => files.delete(name));
      files.set(name, found);
    }
    return found as Promise<T>;
  };
  const entry = () => file<EntryFile>('pagefind-entry.json');
  const readers = new Map<number, Promise<(key: string) => LexiconEntry | undefined>>();
  return {
    pagefind,
    entry: async (key) => {
      const { lexicon } = (await entry()).guide;
      const shard = shardOf(key, lexicon.shards);
      let reader = readers.get(shard);
      if (!reader) {
        reader = file<Shard>(`${lexicon.path}${shard}.json`).then(shardReader);
        reader.catch(() => readers.delete(shard));
        readers.set(shard, reader);
      }
      return (await reader)(key);
    },
    vocabulary: async () => {
      const words = await file<string[]>((await entry()).guide.vocabulary);
      // How often the guide uses a word only ever breaks ties: its place in the list says enough.
      return new Map(words.map((word, index) => [word, words.length - index]));
    },
    pageCount: async () => (await entry()).languages['en']?.page_count ?? 1,
  };
}

/** Pagefind's options: ranking weights for the metadata the pages give it. */
export const PAGEFIND_OPTIONS = {
  ranking: { metaWeights: { title: 5, keywords: 3, description: 1.5 } },
} as const;
