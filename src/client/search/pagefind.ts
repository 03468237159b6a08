/** Loads the search index's code and word list from the site, once each, when a reader first searches. */
import { PATHS } from '../../consts';
import type { Pagefind, SearchSources } from './engine';

const BUNDLE = PATHS.searchBundle;

let pagefind: Promise<Pagefind> | undefined;
let vocabulary: Promise<string[]> | undefined;

/** Loads Pagefind once, on the first sign that the reader wants to search. */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${BUNDLE}pagefind.js`)) as Pagefind;
    // The web worker would cost an extra 11 KB on a site this small; searching on the main thread takes a few ms.
    await module.options({ noWorker: true, ranking: { metaWeights: { title: 5, keywords: 3, description: 1.5 } } });
    await module.init();
    return module;
  })();
  return pagefind;
}

/** The index's words for "Did you mean", fetched only when a query finds nothing. */
function loadVocabulary(): Promise<string[]> {
  vocabulary ??= fetch(`${BUNDLE}vocabulary.json`).then((response) => response.json() as Promise<string[]>);
  return vocabulary;
}

/** The live index and word list of the site. */
export const LIVE_SOURCES: SearchSources = { pagefind: loadPagefind, vocabulary: loadVocabulary };
