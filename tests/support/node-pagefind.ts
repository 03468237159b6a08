/**
 * The built site's real search index, run in Node: Pagefind's own `pagefind.js` and WASM, with `fetch` answering its
 * requests from the built files. Lets tests run the search pipeline on the real index without a browser.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PATHS } from '../../src/consts';
import type { Pagefind, SearchSources, Thesaurus } from '../../src/client/search/engine';

let installed = false;

/** Search sources reading the search bundle of the site built in `distDir`. */
export async function builtSearchSources(distDir: string): Promise<SearchSources> {
  const bundle = join(distDir, PATHS.searchBundle);
  if (!installed) {
    const realFetch = globalThis.fetch;
    globalThis.fetch = async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.startsWith(PATHS.searchBundle)) return realFetch(input, init);
      return new Response(
        await readFile(join(bundle, new URL(url, 'http://site').pathname.slice(PATHS.searchBundle.length))),
      );
    };
    installed = true;
  }
  const pagefind = (await import(/* @vite-ignore */ pathToFileURL(join(bundle, 'pagefind.js')).href)) as Pagefind;
  await pagefind.options({
    basePath: PATHS.searchBundle,
    noWorker: true,
    ranking: { metaWeights: { title: 5, keywords: 3, description: 1.5 } },
  });
  await pagefind.init();
  const json = async <T>(name: string) => JSON.parse(await readFile(join(bundle, name), 'utf8')) as T;
  const entry = await json<{ languages: Record<string, { page_count: number }> }>('pagefind-entry.json');
  return {
    pagefind: async () => pagefind,
    vocabulary: () => json<string[]>('vocabulary.json'),
    thesaurus: () => json<Thesaurus>('thesaurus.json'),
    pageCount: async () => entry.languages['en']!.page_count,
  };
}
