/** Loads the search index's code and word lists from the site, each once, when a reader first searches. */
import { PATHS } from '../../consts';
import type { Pagefind, SearchSources, Thesaurus } from './engine';

const BUNDLE = PATHS.searchBundle;

let pagefind: Promise<Pagefind> | undefined;
const files = new Map<string, Promise<unknown>>();

/** Loads Pagefind once, on the first sign that the reader wants to search. */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${BUNDLE}pagefind.js`)) as Pagefind;
    // The web worker would cost an extra 11 KB on a site this small; searching on the main thread takes a few ms.
    await module.options({
      noWorker: true,
      ranking: { metaWeights: { title: 5, keywords: 3, description: 1.5 } },
      // The build's id (src/integrations/offline/): a new build never reads the last one's index entry from a cache.
      metaCacheTag: document.documentElement.dataset.build,
    });
    await module.init();
    return module;
  })();
  return pagefind;
}

/** A JSON file of the search bundle, fetched the first time something needs it. */
function bundleJson<T>(name: string): Promise<T> {
  if (!files.has(name))
    files.set(
      name,
      fetch(`${BUNDLE}${name}`).then((response) => response.json()),
    );
  return files.get(name) as Promise<T>;
}

/** The live index and word lists of the site. */
export const LIVE_SOURCES: SearchSources = {
  pagefind: loadPagefind,
  vocabulary: () => bundleJson<string[]>('vocabulary.json'),
  thesaurus: () => bundleJson<Thesaurus>('thesaurus.json'),
  // Pagefind has fetched this file already to start; the browser's cache answers.
  pageCount: async () =>
    (await bundleJson<{ languages: Record<string, { page_count: number }> }>('pagefind-entry.json')).languages['en']
      ?.page_count ?? 1,
};
