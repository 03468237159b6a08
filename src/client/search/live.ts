/** The live site's search sources: the search bundle's files, fetched from the site on first use. */
import { PATHS, SEARCH_FILE } from '../../consts.ts';
import { bundleSources } from './sources.ts';

/**
 * The live sources. The search file has a fixed name and is revalidated each time it is first needed in a page (pages
 * carry no build id to name a newer one by); the lexicon's shards live in a folder named after their content.
 */
export const LIVE_SOURCES = bundleSources(async (name, fresh) => {
  const response = await fetch(`${PATHS.searchBundle}${name}`, fresh ? { cache: 'no-cache' } : {});
  if (!response.ok) throw new Error(`${PATHS.searchBundle}${name}: ${response.status}`);
  return response.json();
}, SEARCH_FILE);

/** Starts loading the search file, on the first sign that the reader wants to search. */
export function preloadSearch(): void {
  LIVE_SOURCES.data().catch(() => undefined);
}
