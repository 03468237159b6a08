/**
 * The built site's real search, run in Node: Pagefind's own `pagefind.js` and WASM, and the search bundle's files,
 * read from the built files through the same sources code the browser uses (src/client/search/engine/sources.ts).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PATHS } from '../../src/consts';
import type { Pagefind, SearchSources } from '../../src/client/search/engine/search';
import { PAGEFIND_OPTIONS, bundleSources } from '../../src/client/search/engine/sources';

let installed = false;

/** Search sources reading the search bundle of the site built in `distDir`. */
export async function builtSearchSources(distDir: string): Promise<SearchSources> {
  const bundle = join(distDir, PATHS.searchBundle);
  if (!installed) {
    // Pagefind fetches its own files by URL: answer those from the built folder.
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
  await pagefind.options({ ...PAGEFIND_OPTIONS, basePath: PATHS.searchBundle, noWorker: true });
  await pagefind.init();
  return bundleSources(
    async (name) => JSON.parse(await readFile(join(bundle, name), 'utf8')) as unknown,
    async () => pagefind,
  );
}
