/** The search sources of the live site: Pagefind and the search bundle's files, loaded from the site on first use. */
import { PATHS } from '../../../consts';
import type { Pagefind } from './search';
import { PAGEFIND_OPTIONS, bundleSources } from './sources';

const BUNDLE = PATHS.searchBundle;

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once, on the first sign that the reader wants to search. */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${BUNDLE}pagefind.js`)) as Pagefind;
    // The web worker would cost an extra 11 KB on a site this small; searching on the main thread takes a few ms.
    await module.options({
      ...PAGEFIND_OPTIONS,
      noWorker: true,
      // No metaCacheTag: pages carry no build id (so an unchanged page builds to the same bytes), and without a tag
      // Pagefind asks for its entry file with `?ts=<now>`, so a new build's entry is never read from an old cache.
    });
    await module.init();
    return module;
  })();
  return pagefind;
}

/** The live site's search sources. Pagefind has fetched its entry file already to start; the browser's cache answers. */
export const LIVE_SOURCES = bundleSources(async (name) => {
  const response = await fetch(`${BUNDLE}${name}`);
  if (!response.ok) throw new Error(`${BUNDLE}${name}: ${response.status}`);
  return response.json();
}, loadPagefind);
